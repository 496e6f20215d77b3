import type { SelfCheckAnswers } from './self-check.schema.js'

/** The answers of the wizard (docs/product.md §4), as kept in a draft and copied into an application. */

export const APPLICANT_ROLES = ['申请执行人', '被执行人', '利害关系人', '案外人'] as const
export const ID_TYPES = [
  '居民身份证',
  '护照',
  '港澳台居民居住证或通行证',
  '军官证',
  '其他',
] as const
export const AGENT_KINDS = ['律师', '基层法律服务工作者', '近亲属', '其他'] as const
export const PARTY_ROLES = ['申请执行人', '被执行人', '利害关系人', '案外人', '其他'] as const
export const COURT_REMEDIES = ['未提出', '已提出，法院正在处理', '已作出裁定'] as const
/** docs/product.md §3: the acts that can be complained of */
export const MATTERS = [
  '消极执行、拖延执行',
  '不当终结本次执行程序',
  '违法或超标的采取查封、扣押、冻结、拍卖等强制措施',
  '执行款物未及时发放',
  '违法追加、变更被执行人',
  '执行裁定、决定违法',
  '其他违法执行行为',
] as const
export const OTHER_COURT = 'other'

export type PersonAnswers = {
  name: string
  sex: '男' | '女'
  birthDate: string
  ethnicity: string
  idType: (typeof ID_TYPES)[number]
  idNumber: string
  occupation: string
  workplace?: string | undefined
  address: string
}

export type OrganisationAnswers = {
  name: string
  creditCode: string
  address: string
  representative: string
  representativeTitle: string
}

export type ContactAnswers = {
  mobile: string
  email?: string | undefined
  role: (typeof APPLICANT_ROLES)[number]
  /**
   * consent to electronic service (民诉法 第九十条 via 规则 第一百二十八条); absent in drafts saved
   * before the question existed, which then ask it again (the step is not done)
   */
  electronicService?: 'yes' | 'no' | undefined
}

export type AgentAnswers =
  | { hasAgent: 'no' }
  | {
      hasAgent: 'yes'
      name: string
      kind: (typeof AGENT_KINDS)[number]
      idNumber: string
      mobile: string
      licenceNumber?: string | undefined
    }

export type PartyAnswers = {
  name: string
  role: (typeof PARTY_ROLES)[number]
  contact?: string | undefined
}

export type CaseAnswers = {
  /** a configured court code, or OTHER_COURT */
  court: string
  otherCourtName?: string | undefined
  caseNumber: string
  basisCaseNumber?: string | undefined
  knownDate: string
}

export type ComplaintAnswers = {
  matters: (typeof MATTERS)[number][]
  facts: string
  request: string
  courtRemedy: (typeof COURT_REMEDIES)[number]
  remedyCaseNumber?: string | undefined
  remedyDate?: string | undefined
  noRemedyReason?: string | undefined
}

export type DraftAnswers = {
  selfCheck?: SelfCheckAnswers
  applicantType?: 'person' | 'organisation'
  person?: PersonAnswers
  organisation?: OrganisationAnswers
  contact?: ContactAnswers
  agent?: AgentAnswers
  parties?: PartyAnswers[]
  case?: CaseAnswers
  complaint?: ComplaintAnswers
  /** ticked on the materials page: the service writes the 监督申请书 from these answers */
  generateLetter?: boolean
}
