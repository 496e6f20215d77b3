import { NotePage } from '../../views/pages/staff/review-decision-forms.js'
import { formatChineseDateTime } from '../kernel/china-time.js'
import { findActiveHold } from '../retention/legal-hold.repository.js'
import { LiftLegalHoldSchema, SetLegalHoldSchema } from '../retention/legal-hold.schema.js'
import { liftLegalHold, setLegalHold } from '../retention/legal-hold.service.js'
import { STAGES } from '../workflow/stages.js'
import { defineAction } from './action-table.js'

/**
 * 保留 (legal hold, issue 18 item 4): a leader keeps a case's data past its retention period; the
 * daily purge skips it until the hold is lifted. Open in every stage: a hold is usually set on a
 * closed case, but may be set ahead.
 */
export const LEGAL_HOLD_ACTIONS = [
  defineAction({
    name: 'set_legal_hold',
    stages: STAGES,
    roles: ['leader'],
    title: '设置保留（暂停到期清除）',
    // offered in the case page's 保留 section, which knows whether a hold is set
    listed: false,
    done: '已设置保留：保存期限届满后也不会清除这件申请的个人信息，直到解除保留。',
    schema: SetLegalHoldSchema,
    page: async ({ deps, kase }, props) => {
      const hold = await findActiveHold(deps.db, kase.id)
      const lead = hold
        ? `这件申请已于 ${formatChineseDateTime(hold.set_at)} 由${hold.set_by_name}设置保留，理由：${hold.reason}`
        : '保存期限届满后，系统每天自动清除申请人的个人信息和材料。因投诉、诉讼、上级调查等需要继续保存的，请设置保留并写明理由；设置和解除都记入审计日志。'
      return (
        <NotePage
          {...props}
          title="设置保留"
          action="set_legal_hold"
          name="reason"
          label="保留的理由"
          hint="5 至 500 个字，例如：申请人已就本案提起行政诉讼，需保存至诉讼终结"
          submit="设置保留"
          lead={lead}
        />
      )
    },
    run: ({ deps, actor, kase }, form) => setLegalHold(deps, actor, kase.id, form),
  }),
  defineAction({
    name: 'lift_legal_hold',
    stages: STAGES,
    roles: ['leader'],
    title: '解除保留',
    listed: false,
    done: '已解除保留：保存期限届满的，将在下一次每日清除时清除。',
    schema: LiftLegalHoldSchema,
    page: async ({ deps, kase }, props) => {
      const hold = await findActiveHold(deps.db, kase.id)
      const lead = hold
        ? `这件申请于 ${formatChineseDateTime(hold.set_at)} 由${hold.set_by_name}设置保留，理由：${hold.reason}。解除后，保存期限已届满的个人信息会在下一次每日清除时删除。`
        : '这件申请没有设置保留。'
      return (
        <NotePage
          {...props}
          title="解除保留"
          action="lift_legal_hold"
          name="reason"
          label="解除保留的理由"
          hint="5 至 500 个字，例如：行政诉讼已终结"
          submit="解除保留"
          lead={lead}
        />
      )
    },
    run: ({ deps, actor, kase }, form) => liftLegalHold(deps, actor, kase.id, form),
  }),
]
