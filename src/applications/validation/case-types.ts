/**
 * 类型代字 of enforcement cases (《人民法院案件类型及其代字标准》; 执, 执恢, 执复, 执监 seen in real
 * case numbers, the others believed to exist — docs/domain-rules.md §4.1). Only these can be supervised as
 * 民事执行活动 through this application.
 */
export const ENFORCEMENT_TYPES = {
  执: '首次执行案件',
  执恢: '恢复执行案件',
  执保: '财产保全执行案件',
  执异: '执行异议案件',
  执复: '执行复议案件',
  执监: '执行监督案件',
  执协: '执行协调案件',
  执请: '执行请示案件',
  执他: '其他执行案件',
} as const

export type EnforcementType = keyof typeof ENFORCEMENT_TYPES

export function isEnforcementType(type: string): type is EnforcementType {
  return Object.hasOwn(ENFORCEMENT_TYPES, type)
}

/** Labels for the non-enforcement types applicants most often paste by mistake. */
const OTHER_TYPE_LABELS: Record<string, string> = {
  民初: '民事一审案件',
  民终: '民事二审案件',
  民申: '民事申请再审审查案件',
  民再: '民事再审案件',
  刑初: '刑事一审案件',
  刑终: '刑事二审案件',
  行初: '行政一审案件',
  行终: '行政二审案件',
}

const CATEGORY_LABELS: Record<string, string> = { 民: '民事案件', 刑: '刑事案件', 行: '行政案件' }

export function typeLabel(type: string): string {
  if (isEnforcementType(type)) return ENFORCEMENT_TYPES[type]
  return OTHER_TYPE_LABELS[type] ?? CATEGORY_LABELS[type.charAt(0)] ?? '非执行案件'
}

const WHERE_TO_FIND =
  '执行监督申请应填写执行案号（例如（2023）豫0403执123号），通常写在执行通知书或执行裁定书上。'

/**
 * Why a well-formed number of another type does not belong in this application, and where to go
 * instead: challenging the judgment itself is 生效裁判监督, a different procedure and time limit
 * (监督规则(2021) 第二十条, two years), not supervision of enforcement.
 */
export function explainNonEnforcement(type: string): string {
  switch (type.charAt(0)) {
    case '民':
      return `这是民事审判案件的案号，不是执行案件。${WHERE_TO_FIND}如对判决本身不服，属于生效裁判监督，请参阅申请指南。`
    case '行':
      return `这是行政案件的案号，不是执行案件。${WHERE_TO_FIND}如对判决本身不服，属于生效裁判监督，请参阅申请指南。`
    case '刑':
      return `这是刑事案件的案号，不是民事执行案件。${WHERE_TO_FIND}如对刑事判决本身不服，请参阅申请指南中的其他途径。`
    default:
      return `“${type}”不是执行案件的类型，这个案号不是执行案件。${WHERE_TO_FIND}如有疑问，请参阅申请指南。`
  }
}
