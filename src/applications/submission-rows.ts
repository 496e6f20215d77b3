import type { DueDate } from '../calendar/workdays.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import type { SiteView } from '../site/site-view.js'
import { OTHER_COURT } from './application-answers.js'
import { applicantName, courtName } from './display-names.js'
import { findOpenDuplicateIds } from './application.repository.js'
import type { NewApplicationRow, NewMaterialRow } from './application.table.js'
import { incompleteMaterialReasons } from './material-completeness.js'
import type { Draft } from './draft.service.js'
import type { MaterialSlot } from './draft.table.js'
import type { SubmissionEmailFacts } from '../../views/emails/submission.js'
import { parseCaseNumber } from './validation/case-number.js'

export type PreparedMaterial = {
  slot: MaterialSlot
  description: string | null
  original_name: string
  byte_size: string | number
  detected_type: string
  sha256: string
  file_id: string
  generated: boolean
}

/** Everything computed before the transaction opens (codes, hashes, PDFs), so it stays short. */
export type Prepared = {
  trackingCode: string
  now: Date
  due: DueDate
  materials: PreparedMaterial[]
  receiptMac: string
  idNumber: string
  mail: Omit<SubmissionEmailFacts, 'applicationId' | 'email' | 'now'>
}

/** Flags for intake (docs/product.md §8); explainable facts only, they never decide anything. */
async function intakeFlags(
  trx: Db,
  draft: Draft,
  supervised: boolean,
  idHash: string,
  materials: readonly PreparedMaterial[],
): Promise<string[]> {
  const a = draft.answers
  const flags: string[] = []
  if (!supervised) flags.push('非本院管辖')
  const onlyInaction = a.complaint!.matters.every((m) => m === '消极执行、拖延执行')
  if (a.complaint!.courtRemedy === '未提出' && !onlyInaction) flags.push('前置程序未穷尽')
  if ((await findOpenDuplicateIds(trx, a.case!.caseNumber, idHash)).length > 0)
    flags.push('可能重复')
  if (incompleteMaterialReasons(a, materials).length > 0) flags.push('材料不全')
  return flags
}

export async function applicationRow(
  trx: Db,
  deps: Deps,
  draft: Draft,
  site: SiteView,
  p: Prepared,
): Promise<NewApplicationRow> {
  const a = draft.answers
  const parsed = parseCaseNumber(a.case!.caseNumber, site.courts)
  const courtCode = a.case!.court === OTHER_COURT ? null : a.case!.court
  const supervised = courtCode !== null && parsed.ok && parsed.supervised === true
  const idHash = deps.fieldCrypto.keyedHash(p.idNumber)
  const mobile = a.contact!.mobile
  // ID and mobile numbers leave the answers document: only their encrypted columns keep them.
  const { person, agent, ...rest } = a
  const answers = {
    ...rest,
    ...(person ? { person: { ...person, idNumber: undefined } } : {}),
    ...(agent?.hasAgent === 'yes'
      ? { agent: { ...agent, idNumber: undefined, mobile: undefined } }
      : { agent }),
    contact: { ...a.contact!, mobile: undefined },
  }
  return {
    tracking_code: p.trackingCode,
    channel: draft.channel,
    entered_by: draft.enteredBy,
    idempotency_key: draft.id,
    submitted_at: p.now,
    applicant_type: a.applicantType ?? 'person',
    applicant_name: applicantName(a),
    applicant_role: a.contact!.role,
    id_number_encrypted: deps.fieldCrypto.encrypt(p.idNumber),
    id_number_hash: idHash,
    mobile_encrypted: deps.fieldCrypto.encrypt(mobile),
    mobile_hash: deps.fieldCrypto.keyedHash(mobile),
    agent_id_number_encrypted:
      agent?.hasAgent === 'yes' ? deps.fieldCrypto.encrypt(agent.idNumber) : null,
    agent_mobile_encrypted:
      agent?.hasAgent === 'yes' ? deps.fieldCrypto.encrypt(agent.mobile) : null,
    email: a.contact!.email ?? null,
    electronic_service_consent: a.contact!.electronicService === 'yes',
    court_code: courtCode,
    court_name: courtName(a, site),
    case_number: a.case!.caseNumber,
    supervised_court: supervised,
    matters: a.complaint!.matters,
    answers: JSON.stringify(answers),
    flags: await intakeFlags(trx, draft, supervised, idHash, p.materials),
    procedural_reply_due: p.due.due,
    procedural_reply_explanation: p.due.explanation,
    receipt_mac: p.receiptMac,
  }
}

export function materialRows(applicationId: string, p: Prepared): NewMaterialRow[] {
  return p.materials.map((m, i) => ({
    application_id: applicationId,
    slot: m.slot,
    description: m.description,
    original_name: m.original_name,
    byte_size: Number(m.byte_size),
    detected_type: m.detected_type,
    sha256: m.sha256,
    file_id: m.file_id,
    generated: m.generated,
    uploaded_at: p.now,
    uploaded_by: 'applicant',
    position: i + 1,
  }))
}
