import {
  OtherPartyCommentsPage,
  OtherPartyNoticePage,
} from '../../views/pages/staff/other-party-forms.js'
import { formValues, parseForm } from '../http/form.js'
import { todayInChina } from '../kernel/china-time.js'
import { defineAction, type StaffAction } from './action-table.js'
import { OtherPartyCommentsSchema, OtherPartyNoticeSchema } from './other-party.schema.js'
import {
  issueOtherPartyNotice,
  OTHER_PARTY_STAGES,
  recordOtherPartyComments,
} from './other-party.service.js'

/**
 * 规则 第三十三条: the other parties' 受理通知书 with the copy of the 监督申请书, and their written
 * answers within 15 days; both are the 控告申诉 department's (intake), the answers also the reviewer's.
 */
export const OTHER_PARTY_ACTIONS: readonly StaffAction[] = [
  defineAction({
    name: 'issue_other_party_notice',
    stages: OTHER_PARTY_STAGES,
    roles: ['intake'],
    title: '向其他当事人发出受理通知书',
    done: '已生成发给其他当事人的受理通知书（见“文书”），请连同监督申请书副本一并送达；十五日意见期已列入“期限”。',
    schema: OtherPartyNoticeSchema,
    page: (_call, props) => <OtherPartyNoticePage {...props} />,
    run: ({ deps, actor, kase }, form) => issueOtherPartyNotice(deps, actor, kase.id, form),
  }),
  {
    name: 'record_other_party_comments',
    stages: OTHER_PARTY_STAGES,
    roles: ['intake', 'reviewer'],
    title: '登记其他当事人的书面意见',
    done: '其他当事人的书面意见已登记在内部备注中。',
    page: (_call, props) => <OtherPartyCommentsPage {...props} />,
    // The received date cannot lie in the future: checked against the service's clock, on the form.
    submit: async ({ deps, c, actor, kase }) => {
      const body = await c.req.parseBody({ all: true })
      const parsed = parseForm(OtherPartyCommentsSchema, body)
      if (!parsed.ok) return parsed.form
      if (parsed.data.receivedOn > todayInChina(deps.clock.now()))
        return {
          values: formValues(body),
          errors: { receivedOn: '收到书面意见的日期不能晚于今天' },
        }
      await recordOtherPartyComments(deps, actor, kase.id, parsed.data)
      return undefined
    },
  },
]
