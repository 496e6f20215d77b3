import {
  CourtReplyPage,
  DecidePage,
  DraftPage,
  type DraftView,
} from '../../views/pages/staff/recommendation.js'
import { NotePage } from '../../views/pages/staff/review-decision-forms.js'
import type { Deps } from '../deps.js'
import { formatChineseDateTime, todayInChina } from '../kernel/china-time.js'
import { AppError } from '../errors.js'
import { findDraft, findStaffName } from '../review/review-actions.repository.js'
import { defineAction, defineUploadAction } from './action-table.js'
import { recordCourtExtension } from './court-reply.service.js'
import { receiveCourtReply } from './court-reply-upload.js'
import { DecideSchema, DraftSchema, REPLY_OUTCOME_LABEL } from './recommendation.schema.js'
import { decideRecommendation, noDraftMessage, saveDraft } from './recommendation.service.js'
import { CourtExtensionSchema } from './review-actions.schema.js'

const STATUS_LABEL = { drafted: '待院领导审批', approved: '已批准', returned: '已退回修改' }
const DECISIONS = [
  { value: 'approve', label: '批准提出检察建议' },
  { value: 'return', label: '退回承办检察官修改' },
]
const OUTCOMES = Object.entries(REPLY_OUTCOME_LABEL).map(([value, label]) => ({ value, label }))

/** 检察建议: the reviewer drafts, a leader decides, the court's reply and extension are recorded. */
export const RECOMMENDATION_ACTIONS = [
  defineAction({
    name: 'draft_recommendation',
    stages: ['under_review'],
    roles: ['reviewer'],
    title: '起草检察建议',
    done: '检察建议稿已保存，等待院领导审批。',
    schema: DraftSchema,
    page: async ({ deps, kase, c }, props) => {
      const current = await draftView(deps, kase.id)
      const courts = c.var.site.courts.map((court) => court.name)
      const values =
        Object.keys(props.values).length > 0
          ? props.values
          : (draftValues(current) ?? {
              courtName: courts.includes(kase.court_name) ? kase.court_name : '',
            })
      return <DraftPage {...props} values={values} draft={current} courts={courts} />
    },
    run: ({ deps, actor, kase, c }, form) => {
      if (!c.var.site.courts.some((court) => court.name === form.courtName))
        throw new AppError(422, 'bad_request', '请从本院监督的法院中选择接收检察建议的法院。')
      return saveDraft(deps, actor, kase.id, form)
    },
  }),
  defineAction({
    name: 'decide_recommendation',
    title: '审批检察建议',
    done: '审批意见已保存。',
    schema: DecideSchema,
    page: async ({ deps, kase }, props) => {
      const status = (await findDraft(deps.db, kase.id))?.status
      if (status !== 'drafted') throw new AppError(409, 'conflict', noDraftMessage(status))
      const current = (await draftView(deps, kase.id))!
      return <DecidePage {...props} draft={current} decisions={DECISIONS} />
    },
    run: ({ deps, actor, kase }, form) => decideRecommendation(deps, actor, kase.id, form),
  }),
  defineUploadAction({
    name: 'record_court_reply',
    title: '登记法院回复',
    done: '法院回复已登记，回复意见函已存入材料。',
    page: ({ deps }, props) => (
      <CourtReplyPage {...props} outcomes={OUTCOMES} today={todayInChina(deps.clock.now())} />
    ),
    submit: receiveCourtReply,
  }),
  defineAction({
    name: 'court_extension',
    stages: ['decided_recommendation'],
    roles: ['reviewer'],
    title: '登记法院延长回复期限',
    done: '法院延长回复期限已登记，新的回复期限见“期限”。',
    schema: CourtExtensionSchema,
    page: (_call, props) => (
      <NotePage
        {...props}
        title="登记法院延长回复期限"
        action="court_extension"
        name="note"
        label="法院报告延长的情况"
        hint="例如法院来函的日期和文号；法院回复期限延长一个月（两高规定 第十三条），只能延长一次"
        submit="登记延长"
      />
    ),
    run: ({ deps, actor, kase }, form) => recordCourtExtension(deps, actor, kase.id, form),
  }),
]

async function draftView(deps: Deps, applicationId: string): Promise<DraftView | undefined> {
  const d = await findDraft(deps.db, applicationId)
  if (!d) return undefined
  return {
    courtName: d.court_name,
    violations: d.violations,
    recommendation: d.recommendation,
    legalBasis: d.legal_basis,
    statusLabel: STATUS_LABEL[d.status],
    draftedBy: (await findStaffName(deps.db, d.drafted_by)) ?? '',
    draftedAt: formatChineseDateTime(d.drafted_at),
    returnComment: d.status === 'returned' ? (d.return_comment ?? undefined) : undefined,
    decidedBy: await findStaffName(deps.db, d.decided_by),
  }
}

function draftValues(d: DraftView | undefined) {
  if (!d) return undefined
  return {
    courtName: d.courtName,
    violations: d.violations,
    recommendation: d.recommendation,
    legalBasis: d.legalBasis,
  }
}
