import type { StatusPageProps } from '../../views/pages/track/status.js'
import { SLOT_LABELS } from '../applications/display-names.js'
import { APPLICANT_CAN_WITHDRAW, describeStage, type Stage } from '../workflow/stages.js'
import { formatFileSize } from '../kernel/file-size.js'
import { formatCalendarDay, formatChineseDateTime } from '../kernel/china-time.js'
import { ACTION_LABEL, isAction } from '../workflow/transitions.js'
import { EVIDENCE_STAGES } from './evidence.service.js'
import type { StatusRecord } from './status.repository.js'
import { supplementView } from './supplement-view.js'
import { formatTrackingCode } from '../kernel/tracking-code.js'

export type StatusView = Omit<StatusPageProps, 'csrfToken'>

/**
 * The applicant-visible facts of one application — and only those: no flags, notes, staff names
 * or internal reasoning ever reach this view model (docs/product.md §7).
 */
export function statusView(app: StatusRecord, now: Date): StatusView {
  const stage = describeStage(app.stage)
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
    canWithdraw: APPLICANT_CAN_WITHDRAW.has(app.stage),
    canAddEvidence: EVIDENCE_STAGES.has(app.stage),
    handler: app.handler,
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
  return isAction(action) ? ACTION_LABEL[action] : '办理'
}
