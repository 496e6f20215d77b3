import type {
  ApplicationLetterData,
  LetterApplicant,
} from '../../views/documents/application-letter.js'
import type { SiteView } from '../site/site-view.js'
import type { DraftAnswers } from './application-answers.js'
import { courtName } from './display-names.js'

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
