import type { StatusPageProps } from '../../views/pages/track/status.js'
import { SLOT_LABELS } from '../applications/display-names.js'
import { APPLICANT_CAN_WITHDRAW, describeStage, type Stage } from '../workflow/stages.js'
import { formatFileSize } from '../kernel/file-size.js'
import { formatCalendarDay, formatChineseDateTime } from '../kernel/china-time.js'
import { ACTION_LABEL, isAction } from '../workflow/transitions.js'
import { EVIDENCE_STAGES } from './evidence.service.js'
import type { StatusRecord } from './status.repository.js'
import { supplementView } from './supplement-view.js'
import { RECUSAL_STAGES } from './recusal-periods.js'

const RECUSAL_EVENT_LABEL: Record<string, string> = {
  request_recusal: '申请回避',
  recusal_decide: '本院作出回避决定',
  request_recusal_review: '申请复议回避决定',
  recusal_review_decide: '本院作出回避复议决定',
}
import { formatTrackingCode } from '../kernel/tracking-code.js'

export type StatusView = Omit<StatusPageProps, 'csrfToken'>

/**
 * The applicant-visible facts of one application — and only those: no flags, notes, staff names
 * or internal reasoning ever reach this view model (docs/product.md §7).
 */
export function statusView(app: StatusRecord, now: Date): StatusView {
  const stage = stageShown(app)
  return {
    trackingCode: formatTrackingCode(app.trackingCode),
    stage: {
      label: stage.label,
      meaning: stage.meaning,
      youCanDo: stage.youCanDo,
      legalBasis: stage.legalBasis,
    },
    nextStep:
      app.stage === 'submitted'
        ? {
            text: '本院书面告知受理、不予受理或需要补正的材料',
            due: formatCalendarDay(app.proceduralReplyDue),
            explanation: app.proceduralReplyExplanation,
          }
        : undefined,
    timeline: app.events.map((e) => ({
      date: formatChineseDateTime(e.occurredAt),
      text:
        e.action === 'submit'
          ? '提交申请，本院已收到'
          : `${eventLabel(e.action)}：${describeStage(e.toStage as Stage).label}`,
      note: e.publicNote ?? undefined,
    })),
    canWithdraw: APPLICANT_CAN_WITHDRAW.has(app.stage) && !app.withdrawalPending,
    withdrawalPending: app.withdrawalPending,
    canAddEvidence: EVIDENCE_STAGES.has(app.stage),
    handler: app.handler,
    handlerTitle: app.handlerTitle,
    recusal: {
      canRequest: RECUSAL_STAGES.includes(app.stage),
      canRequestReview: app.recusalRefusedAt !== null,
    },
    documents: app.documents.map((d) => ({
      href: `/track/documents/${d.id}`,
      title: d.number
        ? `${d.title}（${d.number}，${formatChineseDateTime(d.issuedAt)}）`
        : `${d.title}（${formatChineseDateTime(d.issuedAt)}）`,
    })),
    supplement: supplementView(app.supplement, app.materials, now),
    materials: app.materials.map((m) => ({
      slot: SLOT_LABELS[m.slot],
      name: m.originalName,
      size: formatFileSize(Number(m.byteSize)),
      hash: m.sha256.slice(0, 16),
    })),
  }
}

function eventLabel(action: string): string {
  if (action === 'add_evidence') return '补充证据材料'
  if (action === 'withdrawal_request') return '申请撤回'
  if (action === 'withdrawal_refuse') return '本院决定不准许撤回'
  if (action in RECUSAL_EVENT_LABEL) return RECUSAL_EVENT_LABEL[action]!
  if (action === 'review_clock_pause') return '审查期限暂停计算'
  if (action === 'review_clock_resume') return '审查期限恢复计算'
  return isAction(action) ? ACTION_LABEL[action] : '办理'
}

/**
 * 规则 第一百零八条 and 两高规定 第十三条: a 检察建议 is decided first and served on the court later; the
 * court's three months run from its receipt, so the page says which of the two the case is at.
 */
function stageShown(app: StatusRecord) {
  const stage = describeStage(app.stage)
  if (app.stage !== 'decided_recommendation' || !app.recommendationServedOn) return stage
  return {
    ...stage,
    label: '已送达法院',
    meaning: `本院的检察建议书已于 ${formatCalendarDay(app.recommendationServedOn)} 送达法院。法院应当自收到之日起三个月内书面回复；有特殊情况的，经法院院长批准可以延长一个月。`,
  }
}
