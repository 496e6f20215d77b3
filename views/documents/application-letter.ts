import { renderPdf } from './kit/pdf.js'
import { drawApplicationLetter } from './application-letter-layout.js'

/** 申请人 who is a natural person (规则 第二十二条（一）). */
export type LetterNaturalPerson = {
  kind: 'person'
  name: string
  gender: '男' | '女'
  /** YYYY-MM-DD */
  birthDate: string
  ethnicity: string
  occupation: string
  employer?: string
  address: string
  phone: string
}

/** 申请人 that is a 法人 or 非法人组织 (规则 第二十二条（一）). */
export type LetterOrganisation = {
  kind: 'organisation'
  name: string
  address: string
  /** 统一社会信用代码, when known */
  creditCode?: string
  /** 法定代表人或者主要负责人 */
  representative: { name: string; title: string }
  phone: string
}

export type LetterApplicant = (LetterNaturalPerson | LetterOrganisation) & {
  /** standing in the enforcement case: 申请执行人, 被执行人, 利害关系人, 案外人 */
  role?: string
}

export type LetterAgent = {
  name: string
  /** e.g. 律师, 基层法律服务工作者, 近亲属 */
  capacity?: string
  /** law firm or employer */
  workUnit?: string
  phone: string
}

/** 其他当事人 (规则 第二十二条（二）); usually the other side of the enforcement case. */
export type LetterOtherParty = {
  /** 姓名或名称 */
  name: string
  /** 身份, e.g. 被执行人 */
  role: string
  contact?: string
  address?: string
}

export type LetterEvidence = {
  /** 证据名称/说明, as the applicant described the file */
  description: string
  fileName: string
  pages?: number
  /** bytes; shown when the page count is unknown */
  size?: number
}

export type PriorRemedies = {
  objection: boolean
  reconsideration: boolean
  lawsuit: boolean
  /** case numbers, dates and outcomes of what was raised */
  details?: string
}

export type ApplicationLetterData = {
  procuratorateName: string
  applicant: LetterApplicant
  agent?: LetterAgent
  /** at least one */
  otherParties: LetterOtherParty[]
  enforcingCourt: string
  caseNumber: string
  /** 申请监督事项, one per entry */
  matters: string[]
  /** 监督请求 */
  request: string
  /** 事实与理由; one paragraph per line */
  factsAndReasons: string
  /** 是否已提出执行异议、复议或诉讼 */
  priorRemedies: PriorRemedies
  /** the date printed above the signature */
  date: Date
  /** files in the 证据材料 slot; when any, a 证据清单 is appended */
  evidence: LetterEvidence[]
}

/** The 监督申请书 generated from the wizard's answers (规则 第二十二条), with its 证据清单. */
export async function renderApplicationLetterPdf(data: ApplicationLetterData): Promise<Buffer> {
  if (data.otherParties.length === 0) throw new Error('at least one other party is required')
  return renderPdf((doc, fonts) => drawApplicationLetter(doc, fonts, data), {
    title: `监督申请书 ${data.caseNumber}`,
    author: data.applicant.name,
    subject: `向${data.procuratorateName}申请民事执行监督`,
    keywords: ['监督申请书', data.caseNumber, data.enforcingCourt].join(', '),
    creationDate: data.date,
  })
}
