import type {
  ApplicationLetterData,
  LetterApplicant,
} from '../../views/documents/application-letter.js'
import type { ReceiptData } from '../../views/documents/receipt.js'
import { formatChineseDate } from '../../views/documents/kit/format.js'
import type { SiteView } from '../site/site-view.js'
import { formatTrackingCode } from '../tracking/tracking-code.js'
import { OTHER_COURT, type DraftAnswers } from './application-answers.js'
import type { MaterialSlot } from './draft.table.js'
import { SLOTS } from './material-slots.js'
import { maskIdNumber } from './validation/id-number.js'

export const SLOT_LABELS = Object.fromEntries([
  ...SLOTS.map((s) => [s.slot, s.label]),
  ['supplement', '补正材料'],
  ['court_reply', '法院回复意见函'],
]) as Record<MaterialSlot, string>

export function courtName(answers: DraftAnswers, site: SiteView): string {
  const court = answers.case!.court
  if (court === OTHER_COURT) return answers.case!.otherCourtName ?? '其他法院'
  return site.courts.find((c) => c.code === court)?.name ?? court
}

export function applicantName(answers: DraftAnswers): string {
  return answers.applicantType === 'organisation'
    ? answers.organisation!.name
    : answers.person!.name
}

/** The 监督申请书 the service writes from the answers (规则 第二十二条). */
export function letterData(
  answers: DraftAnswers,
  site: SiteView,
  evidence: { description: string | null; original_name: string; byte_size: string | number }[],
  date: Date,
): ApplicationLetterData {
  const c = answers.complaint!
  const remedyDetails =
    c.courtRemedy === '未提出'
      ? `未提出。${c.noRemedyReason ? `理由：${c.noRemedyReason}` : ''}`
      : [
          c.courtRemedy,
          c.remedyCaseNumber && `案号：${c.remedyCaseNumber}`,
          c.remedyDate && `日期：${c.remedyDate}`,
        ]
          .filter(Boolean)
          .join('；')
  const agent = answers.agent?.hasAgent === 'yes' ? answers.agent : undefined
  return {
    procuratorateName: site.name,
    applicant: letterApplicant(answers),
    ...(agent ? { agent: { name: agent.name, capacity: agent.kind, phone: agent.mobile } } : {}),
    otherParties: (answers.parties ?? []).map((p) => ({
      name: p.name,
      role: p.role,
      ...(p.contact ? { contact: p.contact } : {}),
    })),
    enforcingCourt: courtName(answers, site),
    caseNumber: answers.case!.caseNumber,
    matters: c.matters,
    request: c.request,
    factsAndReasons: c.facts,
    priorRemedies: {
      objection: c.courtRemedy !== '未提出',
      reconsideration: false,
      lawsuit: false,
      details: remedyDetails,
    },
    date,
    evidence: evidence.map((e) => ({
      description: e.description ?? '',
      fileName: e.original_name,
      size: Number(e.byte_size),
    })),
  }
}

function letterApplicant(answers: DraftAnswers): LetterApplicant {
  const contact = answers.contact!
  if (answers.applicantType === 'organisation') {
    const o = answers.organisation!
    return {
      kind: 'organisation',
      name: o.name,
      address: o.address,
      creditCode: o.creditCode,
      representative: { name: o.representative, title: o.representativeTitle },
      phone: contact.mobile,
      role: contact.role,
    }
  }
  const p = answers.person!
  return {
    kind: 'person',
    name: p.name,
    gender: p.sex,
    birthDate: p.birthDate,
    ethnicity: p.ethnicity,
    occupation: p.occupation,
    ...(p.workplace ? { employer: p.workplace } : {}),
    address: p.address,
    phone: contact.mobile,
    role: contact.role,
  }
}

export type ReceiptSource = {
  trackingCode: string
  submittedAt: Date
  applicantName: string
  idNumber: string
  courtName: string
  caseNumber: string
  matters: string[]
  materials: {
    slot: MaterialSlot
    original_name: string
    byte_size: string | number
    sha256: string
  }[]
  due: string
  dueExplanation: string
  receiptMac: string
}

/** 收件回执 (SPEC §6): no full ID number, only the masked one. */
export function receiptData(
  src: ReceiptSource,
  site: SiteView,
  publicBaseUrl: string,
  channel: 'online' | 'counter',
): ReceiptData {
  const code = formatTrackingCode(src.trackingCode)
  return {
    procuratorateName: site.name,
    trackingCode: code,
    submittedAt: src.submittedAt,
    applicantName: src.applicantName,
    maskedIdNumber: maskIdNumber(src.idNumber),
    enforcingCourt: src.courtName,
    caseNumber: src.caseNumber,
    matters: src.matters,
    materials: src.materials.map((m) => ({
      slot: SLOT_LABELS[m.slot],
      name: m.original_name,
      size: Number(m.byte_size),
      sha256: m.sha256,
    })),
    nextStep: {
      text: '本院将审查您的申请，并在下列日期前书面告知受理、不予受理或需要补正的材料',
      due: formatChineseDate(new Date(`${src.due}T12:00:00+08:00`)),
      explanation: src.dueExplanation,
    },
    verifyUrl: `${publicBaseUrl}/verify?c=${code}&v=${encodeURIComponent(src.receiptMac)}`,
    verificationString: src.receiptMac,
    channel: channel === 'counter' ? '窗口' : '网上',
  }
}
