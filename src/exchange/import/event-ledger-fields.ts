import type { FieldDef } from './field-types.js'

/** Sheet B, one row per measure or node. */
export const EVENT_FIELDS: readonly FieldDef[] = [
  {
    key: 'caseNo',
    label: '案号',
    type: 'caseNo',
    required: true,
    aliases: ['案号', '执行案号', 'AH', 'C_AH'],
  },
  {
    key: 'eventType',
    label: '措施类型',
    type: 'eventType',
    required: true,
    aliases: ['措施类型', '节点类型', '事件类型', '措施', '节点名称', 'C_CSLX', 'C_JDMC'],
  },
  {
    key: 'party',
    label: '对象',
    type: 'text',
    aliases: ['对象', '被执行人', '被限制人', '被约谈人'],
  },
  {
    key: 'date',
    label: '日期',
    type: 'date',
    required: true,
    aliases: ['日期', '发出日期', '生效日期', '实施日期', '启动日期', '开始日期', 'D_RQ', 'D_QDRQ'],
  },
  {
    key: 'endDate',
    label: '届满或解除日期',
    type: 'date',
    aliases: ['届满日期', '解除日期', '结束日期', 'D_JMRQ', 'D_JCRQ'],
  },
  { key: 'amount', label: '金额', type: 'money', aliases: ['金额', '数额', 'N_JE'] },
  { key: 'scope', label: '查询范围', type: 'text', aliases: ['查询范围', '范围'] },
  { key: 'result', label: '结果', type: 'text', aliases: ['结果', '反馈', '反馈结果', '调查结果'] },
  { key: 'note', label: '备注', type: 'text', aliases: ['备注', '说明'] },
]

/** Sheet C, the 执行款 ledger, one row per movement of money. */
export const LEDGER_FIELDS: readonly FieldDef[] = [
  {
    key: 'caseNo',
    label: '案号',
    type: 'caseNo',
    required: true,
    aliases: ['案号', '执行案号', 'AH', 'C_AH'],
  },
  {
    key: 'txnNo',
    label: '到账流水号',
    type: 'text',
    aliases: ['到账流水号', '流水号', '收据号码', 'C_LSH'],
  },
  {
    key: 'direction',
    label: '款项类别',
    type: 'direction',
    required: true,
    aliases: ['款项类别', '类别', '收支', '方向', '类型'],
  },
  {
    key: 'date',
    label: '日期',
    type: 'date',
    required: true,
    aliases: ['日期', '进账时间', '到账日期', '交纳日期', '发放日期', 'D_RQ'],
  },
  {
    key: 'amount',
    label: '金额',
    type: 'money',
    required: true,
    aliases: ['金额', '进账金额', '交纳金额', '发放金额', 'N_JE'],
  },
  {
    key: 'counterparty',
    label: '交款人或领款人',
    type: 'text',
    aliases: ['交款人或领款人', '交款人', '领款人', '交款人名称', '缴纳当事人'],
  },
  { key: 'channel', label: '到账方式', type: 'text', aliases: ['到账方式', '交款方式'] },
  { key: 'deferReason', label: '延缓原因', type: 'text', aliases: ['延缓原因'] },
  { key: 'deferDays', label: '延缓天数', type: 'int', aliases: ['延缓天数'] },
]
