import type { StatusPageProps } from '../../views/pages/track/status.js'
import { SLOT_LABELS } from '../applications/application-documents.js'
import { findMaterials } from '../applications/application.repository.js'
import type { ApplicationRow, Stage } from '../applications/application.table.js'
import { formatBytes } from '../applications/format.js'
import type { Deps } from '../deps.js'
import { formatChineseDate, formatChineseDateTime } from '../documents/format.js'
import { findApplicationEvents } from '../workflow/application-event.repository.js'
import { APPLICANT_CAN_WITHDRAW, describeStage } from '../workflow/stages.js'
import { ACTION_LABEL, isAction } from '../workflow/transitions.js'
import { formatTrackingCode } from './tracking-code.js'
import { supplementView } from './supplement-view.js'
import { EVIDENCE_STAGES } from './evidence.service.js'
import { findHandler } from './recusal.js'
import { findIssuedDocuments } from '../documents/issued-document.repository.js'

/**
 * The applicant-visible facts of one application — and only those: no flags, notes, staff names
 * or internal reasoning ever reach this view model (SPEC §7).
 */
export async function statusView(
  deps: Deps,
  app: ApplicationRow,
): Promise<Omit<StatusPageProps, 'csrfToken'>> {
  const stage = describeStage(app.stage)
  const documents = await findIssuedDocuments(deps.db, app.id)
  const [materials, events] = await Promise.all([
    findMaterials(deps.db, app.id),
    findApplicationEvents(deps.db, app.id),
  ])
  return {
    trackingCode: formatTrackingCode(app.tracking_code),
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
            due: formatChineseDate(new Date(`${app.procedural_reply_due}T12:00:00+08:00`)),
            explanation: app.procedural_reply_explanation,
          }
        : undefined,
    timeline: events.map((e) => ({
      date: formatChineseDateTime(e.occurred_at),
      text:
        e.action === 'submit'
          ? '提交申请，本院已收到'
          : `${eventLabel(e.action)}：${describeStage(e.to_stage as Stage).label}`,
      note: e.public_note ?? undefined,
    })),
    canWithdraw: APPLICANT_CAN_WITHDRAW.has(app.stage),
    canAddEvidence: EVIDENCE_STAGES.has(app.stage),
    handler: await findHandler(deps.db, app.assigned_staff_id),
    documents: documents.map((d) => ({
      href: `/track/documents/${d.id}`,
      title: d.number
        ? `${d.title}（${d.number}，${formatChineseDateTime(d.issued_at)}）`
        : `${d.title}（${formatChineseDateTime(d.issued_at)}）`,
    })),
    supplement: await supplementView(deps, app, materials),
    materials: materials.map((m) => ({
      slot: SLOT_LABELS[m.slot],
      name: m.original_name,
      size: formatBytes(Number(m.byte_size)),
      hash: m.sha256.slice(0, 16),
    })),
  }
}

function eventLabel(action: string): string {
  if (action === 'add_evidence') return '补充证据材料'
  return isAction(action) ? ACTION_LABEL[action] : '办理'
}
