import type { RefKind } from '../rules/rule-types.js'

export type RefColumn =
  | 'name'
  | 'id'
  | 'caseNo'
  | 'date'
  | 'endDate'
  | 'termYears'
  | 'category'
  | 'detail'
  | 'extra'
  | 'direction'
  | 'counterparty'
  | 'amount'

export type RefKindDef = {
  kind: RefKind
  label: string
  /** the rules that read it (the admin page says which leads a list feeds) */
  rules: string[]
  required: RefColumn[]
  /** header aliases per column, first one shown on the page as the column's name */
  columns: Partial<Record<RefColumn, string[]>>
}

const NAME = ['姓名/名称', '被执行人姓名/名称', '被执行人', '姓名', '名称', '当事人', '企业名称']
const ID = ['证件号码', '身份证号码', '统一社会信用代码', '组织机构代码', '身份证号']
const CASE_NO = ['案号', '执行案号']

/** The reference lists of court-exchange §3.5, with the columns each must carry. */
export const REF_KINDS: readonly RefKindDef[] = [
  {
    kind: 'dishonest',
    label: '失信被执行人名单',
    rules: ['X09', 'X11', 'X13'],
    required: ['name', 'caseNo', 'date'],
    columns: {
      name: NAME,
      id: ID,
      caseNo: CASE_NO,
      date: ['发布时间', '发布日期', '纳入日期'],
      endDate: ['删除日期', '屏蔽日期', '撤销日期'],
      termYears: ['纳入期限（年）', '纳入期限', '失信期限'],
      category: ['失信被执行人行为具体情形', '失信行为具体情形', '失信情形'],
    },
  },
  {
    kind: 'restriction',
    label: '限制消费名单',
    rules: ['X09', 'X13', 'X15'],
    required: ['name', 'caseNo', 'date'],
    columns: {
      name: NAME,
      id: ID,
      caseNo: CASE_NO,
      date: ['限制消费日期', '发布日期', '开始日期', '限制日期'],
      endDate: ['解除日期', '解除限制日期'],
    },
  },
  {
    kind: 'zb_public',
    label: '终本案件公开清单',
    rules: [],
    required: ['name', 'caseNo', 'date'],
    columns: {
      name: NAME,
      id: ID,
      caseNo: CASE_NO,
      date: ['终本日期', '终结本次执行日期'],
      amount: ['未履行金额', '未执行到位金额'],
    },
  },
  {
    kind: 'death',
    label: '死亡、注销户籍名单',
    rules: ['X12'],
    required: ['name', 'id', 'date'],
    columns: {
      name: NAME,
      id: ID,
      date: ['死亡日期', '注销日期', '火化日期'],
      category: ['注销原因', '类别'],
    },
  },
  {
    kind: 'bankruptcy',
    label: '破产企业名单',
    rules: ['X13'],
    required: ['name', 'date'],
    columns: {
      name: NAME,
      id: ID,
      date: ['裁定日期', '宣告破产日期', '破产终结日期', '受理日期'],
      category: ['破产程序', '裁定类型', '类型'],
    },
  },
  {
    kind: 'travel',
    label: '出行记录',
    rules: ['X15'],
    required: ['name', 'id', 'date', 'category'],
    columns: {
      name: NAME,
      id: ID,
      date: ['出行日期', '乘坐日期', '乘车日期', '乘机日期'],
      category: ['交通方式', '出行方式'],
      detail: ['席别', '舱位', '座席', '席别/舱位'],
      extra: ['车次', '航班号', '车次/航班'],
    },
  },
  {
    kind: 'property',
    label: '财产变动记录',
    rules: ['X05B', 'X16'],
    required: ['name', 'date', 'category', 'direction'],
    columns: {
      name: NAME,
      id: ID,
      date: ['变动日期', '登记日期', '查询日期'],
      category: ['财产类型'],
      detail: ['财产名称', '财产描述', '坐落', '车牌号'],
      direction: ['变动方向', '变动类型'],
      counterparty: ['相对人', '受让人', '转让人'],
      amount: ['金额', '价款', '成交价'],
    },
  },
]

export const COLUMN_LABELS: Record<RefColumn, string> = {
  name: '姓名/名称',
  id: '证件号码',
  caseNo: '案号',
  date: '日期',
  endDate: '解除/删除日期',
  termYears: '纳入期限（年）',
  category: '类别',
  detail: '明细',
  extra: '车次/航班',
  direction: '变动方向',
  counterparty: '相对人',
  amount: '金额',
}

export function kindDef(kind: string): RefKindDef | undefined {
  return REF_KINDS.find((k) => k.kind === kind)
}

/** 变动方向: what came into the respondent's hands, or went out of them. */
export function directionOf(text: string): 'in' | 'out' | undefined {
  if (/转出|出让|卖出|转让给|过户给|处分/.test(text)) return 'out'
  if (/取得|转入|受让|买入|持有|缴存|登记/.test(text)) return 'in'
  return undefined
}
