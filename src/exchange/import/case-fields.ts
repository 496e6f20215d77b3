import type { FieldDef } from './field-types.js'

/** Sheet A, one row per case: the fields and the aliases courts use for them. */
export const CASE_FIELDS: readonly FieldDef[] = [
  {
    key: 'caseNo',
    label: '案号',
    type: 'caseNo',
    required: true,
    aliases: ['案号', '执行案号', 'AH', 'C_AH', '案件编号'],
  },
  {
    key: 'court',
    label: '执行法院',
    type: 'text',
    aliases: ['执行法院', '承办法院', '法院名称', 'C_FYMC'],
  },
  {
    key: 'caseKind',
    label: '案件类型',
    type: 'text',
    aliases: ['案件类型', '案件子类型', 'C_AJLX'],
  },
  {
    key: 'priorCaseNo',
    label: '原执行案号',
    type: 'text',
    aliases: ['首次执行案号', '原执行案号', '原案号', 'C_SCZXAH'],
  },
  {
    key: 'receivedDate',
    label: '收案日期',
    type: 'date',
    aliases: ['收到材料日期', '收案日期', '申请日期', 'D_SARQ'],
  },
  {
    key: 'filingDate',
    label: '立案日期',
    type: 'date',
    required: true,
    aliases: ['立案日期', '立案时间', 'D_LARQ'],
  },
  {
    key: 'cause',
    label: '案由',
    type: 'text',
    aliases: ['案由', '立案案由', '执行案由', 'C_LAAY'],
  },
  {
    key: 'applicants',
    label: '申请执行人',
    type: 'names',
    required: true,
    aliases: ['申请执行人', '申请人', 'C_SQZXR'],
  },
  {
    key: 'respondents',
    label: '被执行人',
    type: 'names',
    required: true,
    aliases: ['被执行人', 'C_BZXR'],
  },
  {
    key: 'respondentIds',
    label: '被执行人证件号码',
    type: 'ids',
    aliases: [
      '被执行人证件号码',
      '身份证号码',
      '证件号码',
      '统一社会信用代码',
      '组织机构代码',
      'C_ZJHM',
    ],
  },
  {
    key: 'respondentType',
    label: '被执行人类型',
    type: 'text',
    aliases: ['被执行人类型', '当事人类型'],
  },
  { key: 'basisType', label: '执行依据类型', type: 'text', aliases: ['执行依据类型', 'C_ZXYJLX'] },
  {
    key: 'basisDocNo',
    label: '执行依据文号',
    type: 'text',
    aliases: ['执行依据文号', '执行依据文书文号', '执行依据', 'C_ZXYJWH'],
  },
  {
    key: 'basisIssuer',
    label: '作出执行依据单位',
    type: 'text',
    aliases: ['作出执行依据单位', '执行依据制作单位'],
  },
  {
    key: 'basisEffectiveDate',
    label: '执行依据生效日期',
    type: 'date',
    aliases: ['执行依据生效日期', '执行依据文书生效日期', '生效日期', 'D_ZXYJSXRQ'],
  },
  {
    key: 'claimAmount',
    label: '申请执行标的额',
    type: 'money',
    aliases: [
      '申请执行标的额',
      '执行标的',
      '执行标的金额',
      '应执行标的金额',
      'N_YZXBDJE',
      'N_SQZXBDJE',
    ],
  },
  {
    key: 'paidAmount',
    label: '实际到位金额',
    type: 'money',
    aliases: ['实际到位金额', '已执行到位金额', '到位金额', '执行到位金额', 'N_SJDWJE'],
  },
  {
    key: 'unpaidAmount',
    label: '尚未执行标的金额',
    type: 'money',
    aliases: ['尚未执行标的金额', '未履行金额', '未执行到位金额', 'N_SWZXBDJE'],
  },
  {
    key: 'closingMethod',
    label: '结案方式',
    type: 'closingMethod',
    required: true,
    aliases: ['结案方式', 'C_JAFS'],
  },
  {
    key: 'closingDate',
    label: '结案日期',
    type: 'date',
    aliases: ['结案日期', '终本日期', '结案时间', 'D_JARQ'],
  },
  {
    key: 'closingReason',
    label: '结案事由',
    type: 'text',
    aliases: ['终结本次执行事由', '终结执行事由', '销案事由', '结案事由', 'C_JAAY'],
  },
  {
    key: 'applicantRequestedZb',
    label: '申请人申请终结本次执行程序',
    type: 'bool',
    aliases: ['申请人申请终结本次执行程序', 'C_SQRSQZB'],
  },
  {
    key: 'judge',
    label: '承办人',
    type: 'text',
    aliases: ['承办人', '承办法官', '执行员', 'C_CBR'],
  },
  { key: 'status', label: '案件状态', type: 'text', aliases: ['案件状态', '当前案件止停缓标志'] },
  { key: 'excludedDays', label: '扣除执行期限天数', type: 'int', aliases: ['扣除执行期限天数'] },
]

/**
 * The flat one-sheet layout: one date column per measure on the case row; each filled date becomes
 * an event of that kind, as if the court had sent an events sheet.
 */
export const FLAT_EVENT_COLUMNS: readonly {
  key: string
  label: string
  eventType: string
  aliases: readonly string[]
}[] = [
  {
    key: 'flat:notice',
    label: '执行通知日期',
    eventType: '执行通知',
    aliases: ['执行通知日期', '发出执行通知书日期', 'D_FCZXTZSRQ'],
  },
  {
    key: 'flat:reportOrder',
    label: '报告财产令日期',
    eventType: '报告财产令',
    aliases: ['报告财产令日期', '报告财产令发出日期'],
  },
  {
    key: 'flat:firstSearch',
    label: '首次网络查控日期',
    eventType: '网络查控(总对总)',
    aliases: ['首次网络查控日期'],
  },
  {
    key: 'flat:lastSearch',
    label: '最近网络查控日期',
    eventType: '网络查控(总对总)',
    aliases: ['最近网络查控日期'],
  },
  {
    key: 'flat:restriction',
    label: '限制消费日期',
    eventType: '限制消费',
    aliases: ['限制消费日期', '限制高消费日期'],
  },
  {
    key: 'flat:restrictionLifted',
    label: '解除限消日期',
    eventType: '解除限制消费',
    aliases: ['解除限消日期', '解除限制消费日期'],
  },
  {
    key: 'flat:blacklist',
    label: '纳入失信日期',
    eventType: '纳入失信',
    aliases: ['纳入失信日期'],
  },
  {
    key: 'flat:blacklistRemoved',
    label: '删除失信日期',
    eventType: '删除失信',
    aliases: ['删除失信日期'],
  },
  {
    key: 'flat:interview',
    label: '约谈日期',
    eventType: '约谈申请执行人',
    aliases: ['约谈日期', '约谈申请执行人日期'],
  },
  {
    key: 'flat:seizure',
    label: '首次查封日期',
    eventType: '查封',
    aliases: ['首次查封日期', '查封日期'],
  },
  {
    key: 'flat:moneyIn',
    label: '执行款到账日期',
    eventType: '执行款到账',
    aliases: ['执行款到账日期'],
  },
  {
    key: 'flat:moneyOut',
    label: '执行款发放日期',
    eventType: '执行款发放',
    aliases: ['执行款发放日期'],
  },
  {
    key: 'flat:afterZbSearch',
    label: '终本后最近查询日期',
    eventType: '终本后网络查询',
    aliases: ['终本后最近查询日期'],
  },
]
