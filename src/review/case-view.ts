import { relatedApplications } from '../queue/related.service.js'
import type { RevealField } from '../../views/pages/staff/case/case-answers.js'
import type { MaterialItem } from '../../views/pages/staff/case/case-files.js'
import type { CasePageProps } from '../../views/pages/staff/case/case-page.js'
import { SLOT_LABELS } from '../applications/display-names.js'
import { findMaterials } from '../applications/application.repository.js'
import type { ApplicationRow, MaterialRow } from '../applications/application.table.js'
import { maskIdNumber } from '../applications/validation/id-number.js'
import { maskMobile } from '../applications/validation/mobile.js'
import { findAuditEventsForObject } from '../audit/audit.repository.js'
import type { Deps } from '../deps.js'
import { findIssuedDocuments } from '../documents/issued-document.repository.js'
import { formatFileSize } from '../kernel/file-size.js'
import { formatCalendarDay, formatChineseDateTime, todayInChina } from '../kernel/china-time.js'
import { isOverdue } from '../calendar/workdays.js'
import type { StaffUser } from '../staff/staff-env.js'
import { formatTrackingCode } from '../kernel/tracking-code.js'
import { findApplicationEvents } from '../workflow/application-event.repository.js'
import { STAGE_TEXT } from '../workflow/stages.js'
import { caseActions } from './case-actions.js'
import { caseAnswerSections, type Identifiers } from './case-answers.js'
import { assignmentView } from './case-assignment.js'
import { caseDeadlines } from './case-deadlines.js'
import { NOTE_MAX_CHARS } from './case-note.table.js'
import { findNotes, findStaffNames } from './case.repository.js'
import { findRecusalRequests } from '../tracking/recusal.repository.js'
import { caseRecusals } from './case-recusals.js'
import { caseTimeline } from './case-timeline.js'
import { findReviewHistory } from './review-history.js'
import { caseServiceView } from '../service-of-documents/service-view.js'
import { caseCollabView } from '../collaboration/escalations/case-collab-view.js'
import { findActiveHold } from '../retention/legal-hold.repository.js'
import type { LegalHoldItem } from '../../views/pages/staff/case/case-legal-hold.js'

const CHANNEL_LABEL = { online: '网上申请', counter: '窗口或电话代为录入' } as const

/**
 * Everything the staff page shows about one application. The ID and mobile numbers are decrypted
 * only to be masked, or shown in full for the one field this request revealed (audited by caller).
 */
export async function casePageView(
  deps: Deps,
  app: ApplicationRow,
  viewer: StaffUser,
  reveal?: RevealField,
): Promise<CasePageProps> {
  const { materials, documents, events, audit, notes, recusals, staff } = await loadRecords(
    deps,
    app,
  )
  const base = `/staff/applications/${app.id}`
  const handler = app.assigned_staff_id ? staff.get(app.assigned_staff_id) : undefined
  return {
    id: app.id,
    version: app.version,
    trackingCode: formatTrackingCode(app.tracking_code),
    applicantName: app.applicant_name,
    stageLabel: STAGE_TEXT[app.stage].label,
    channel:
      app.channel === 'counter' && app.entered_by
        ? `${CHANNEL_LABEL.counter}（录入人：${staff.get(app.entered_by) ?? '工作人员'}）`
        : CHANNEL_LABEL[app.channel],
    submittedAt: formatChineseDateTime(app.submitted_at),
    caseNumber: app.case_number,
    flags: app.flags,
    related: await relatedApplications(deps.db, app.id),
    collab: await caseCollabView(deps, app, viewer.roles),
    sections: caseAnswerSections(app, identifiers(deps, app, reveal)),
    materials: materials.map((m) => materialItem(m, base, staff)),
    documents: documents.map((d) => ({
      title: d.title,
      size: formatFileSize(Number(d.byte_size)),
      sha256: d.sha256,
      issuedAt: formatChineseDateTime(d.issued_at),
      href: `${base}/documents/${d.id}`,
      number: d.number ?? undefined,
    })),
    deadlines: await caseDeadlines(deps, app),
    review: await findReviewHistory(deps.db, app.id),
    service: await caseServiceView(deps.db, app.id),
    timeline: caseTimeline(audit, events, {
      staff,
      materials: new Map(
        materials.map((m) => [m.id, `${SLOT_LABELS[m.slot]}：${m.original_name}`]),
      ),
      documents: new Map(documents.map((d) => [d.id, d.title])),
    }),
    notes: notes.map((n) => ({
      author: staff.get(n.author_id) ?? '工作人员',
      at: formatChineseDateTime(n.created_at),
      body: n.body,
    })),
    noteMaxChars: NOTE_MAX_CHARS,
    assignment: await assignmentView(deps, app, viewer, handler),
    recusals: caseRecusals(deps, recusals, staff),
    canDecideRecusal: viewer.roles.includes('leader'),
    legalHold: await legalHoldView(deps, app.id, viewer),
    actions: caseActions(app, viewer.roles),
    printedBy: viewer.displayName,
    printedAt: formatChineseDateTime(deps.clock.now()),
  }
}

/** Decrypted only to be masked, or shown whole for the one field this request revealed. */
function identifiers(
  deps: Deps,
  app: ApplicationRow,
  reveal: RevealField | undefined,
): Identifiers {
  const idNumber = deps.fieldCrypto.decrypt(app.id_number_encrypted)
  const mobile = deps.fieldCrypto.decrypt(app.mobile_encrypted)
  const shown = (field: RevealField, value: string, mask: (v: string) => string) => ({
    value: reveal === field ? value : mask(value),
    revealed: reveal === field,
  })
  const agentId = app.agent_id_number_encrypted
  const agentMobile = app.agent_mobile_encrypted
  return {
    agentIdNumber: agentId
      ? shown('agent_id_number', deps.fieldCrypto.decrypt(agentId), maskIdNumber)
      : undefined,
    agentMobile: agentMobile
      ? shown('agent_mobile', deps.fieldCrypto.decrypt(agentMobile), maskMobile)
      : undefined,
    idNumber: {
      value: reveal === 'id_number' ? idNumber : maskIdNumber(idNumber),
      revealed: reveal === 'id_number',
    },
    mobile: {
      value: reveal === 'mobile' ? mobile : maskMobile(mobile),
      revealed: reveal === 'mobile',
    },
  }
}

function materialItem(m: MaterialRow, base: string, staff: Map<string, string>): MaterialItem {
  return {
    slot: SLOT_LABELS[m.slot],
    name: m.original_name,
    description: m.description ?? undefined,
    size: formatFileSize(Number(m.byte_size)),
    sha256: m.sha256,
    uploadedAt: formatChineseDateTime(m.uploaded_at),
    uploadedBy: uploaderOf(m, staff),
    viewHref: `${base}/materials/${m.id}`,
    downloadHref: `${base}/materials/${m.id}/download`,
  }
}

function uploaderOf(m: MaterialRow, staff: Map<string, string>): string {
  if (m.uploaded_by !== 'applicant') return `工作人员 ${staff.get(m.uploaded_by) ?? ''}`.trim()
  return m.generated ? '系统根据申请内容生成' : '申请人'
}

/** Everything recorded about the application, and the names of every staff member it mentions. */
async function loadRecords(deps: Deps, app: ApplicationRow) {
  const [materials, documents, events, audit, notes, recusals] = await Promise.all([
    findMaterials(deps.db, app.id),
    findIssuedDocuments(deps.db, app.id),
    findApplicationEvents(deps.db, app.id),
    findAuditEventsForObject(deps.db, 'application', app.id),
    findNotes(deps.db, app.id),
    findRecusalRequests(deps.db, app.id),
  ])
  const staff = await findStaffNames(deps.db, [
    ...[app.assigned_staff_id, app.entered_by].filter((id): id is string => id !== null),
    ...notes.map((n) => n.author_id),
    ...recusals.flatMap((r) =>
      [r.staff_id, r.decided_by, r.review_decided_by].filter((x) => x !== null),
    ),
    ...materials.map((m) => m.uploaded_by),
    ...audit.flatMap((a) => [a.actor_id ?? '', String(a.details.staffId ?? '')]),
  ])
  return { materials, documents, events, audit, notes, recusals, staff }
}

/** 保留 (issue 18 item 4): shown when set; a leader gets the link to set or lift it. */
async function legalHoldView(deps: Deps, id: string, viewer: StaffUser): Promise<LegalHoldItem> {
  const hold = await findActiveHold(deps.db, id)
  const action = hold ? 'lift_legal_hold' : 'set_legal_hold'
  return {
    held: hold
      ? { at: formatChineseDateTime(hold.set_at), by: hold.set_by_name, reason: hold.reason }
      : undefined,
    href: viewer.roles.includes('leader')
      ? `/staff/applications/${id}/actions/${action}`
      : undefined,
  }
}
