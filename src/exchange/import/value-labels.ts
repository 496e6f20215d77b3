/**
 * The canonical labels imported values are mapped onto, and the local labels courts use for them.
 * 结案方式 follows 法明传〔2018〕335号 and 法发〔2014〕26号 (docs/domain-rules.md): 指定、提级、委托执行
 * close the first case as 销案. A label not listed here is refused with its value, so staff can add it
 * to the court's value map instead of the row being guessed at.
 */
export const CLOSING_METHODS = [
  '执行完毕',
  '终结本次执行程序',
  '终结执行',
  '销案',
  '不予执行',
  '驳回申请',
  '未结',
] as const

export type ClosingMethod = (typeof CLOSING_METHODS)[number]

const CLOSING_ALIASES: Record<string, ClosingMethod> = {
  全部执行完毕: '执行完毕',
  和解并履行完毕: '执行完毕',
  当事人达成执行和解并履行完毕: '执行完毕',
  终本: '终结本次执行程序',
  终结本次执行: '终结本次执行程序',
  终结: '终结执行',
  委托执行: '销案',
  指定执行: '销案',
  提级执行: '销案',
  驳回执行申请: '驳回申请',
  在办: '未结',
  未结案: '未结',
}

/** 执行措施/节点 kinds; the flag rules look for these by name. */
export const EVENT_TYPES = [
  '执行通知',
  '报告财产令',
  '财产报告',
  '网络查控(总对总)',
  '网络查控(点对点)',
  '财产调查(线下)',
  '财产线索提供',
  '财产线索核实',
  '查封',
  '扣押',
  '冻结',
  '续封/续冻',
  '解封/解冻/解扣',
  '划拨/扣划',
  '扣留提取',
  '评估',
  '拍卖',
  '变卖',
  '以物抵债',
  '限制消费',
  '解除限制消费',
  '纳入失信',
  '删除失信',
  '限制出境',
  '约谈申请执行人',
  '罚款',
  '拘留',
  '拘传',
  '搜查',
  '悬赏',
  '司法审计',
  '犯罪线索移送',
  '中止执行',
  '暂缓执行',
  '恢复执行',
  '终本后网络查询',
  '执行款到账',
  '执行款发放',
] as const

const EVENT_ALIASES: Record<string, string> = {
  发出执行通知书: '执行通知',
  执行通知书: '执行通知',
  发出报告财产令: '报告财产令',
  网络查控: '网络查控(总对总)',
  总对总查控: '网络查控(总对总)',
  点对点查控: '网络查控(点对点)',
  财产调查: '财产调查(线下)',
  线下调查: '财产调查(线下)',
  续封: '续封/续冻',
  续冻: '续封/续冻',
  解封: '解封/解冻/解扣',
  解冻: '解封/解冻/解扣',
  解扣: '解封/解冻/解扣',
  划拨: '划拨/扣划',
  扣划: '划拨/扣划',
  限制高消费: '限制消费',
  限高: '限制消费',
  解除限高: '解除限制消费',
  失信: '纳入失信',
  纳入失信被执行人名单: '纳入失信',
  约谈: '约谈申请执行人',
  终本后查询: '终本后网络查询',
}

export const LEDGER_DIRECTIONS = ['到账', '发放', '提存', '退还', '延缓'] as const

const DIRECTION_ALIASES: Record<string, string> = {
  进账: '到账',
  交纳: '到账',
  缴纳: '到账',
  收款: '到账',
  支付: '发放',
  领取: '发放',
  付款: '发放',
  延缓发放: '延缓',
}

export type LabelKind = 'closingMethod' | 'eventType' | 'direction'

const CANONICAL: Record<LabelKind, readonly string[]> = {
  closingMethod: CLOSING_METHODS,
  eventType: EVENT_TYPES,
  direction: LEDGER_DIRECTIONS,
}

const ALIASES: Record<LabelKind, Record<string, string>> = {
  closingMethod: CLOSING_ALIASES,
  eventType: EVENT_ALIASES,
  direction: DIRECTION_ALIASES,
}

/** Compared without spaces, and with ASCII brackets, as courts type them either way. */
function key(text: string): string {
  return text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')
}

/** Every spelling a kind accepts (canonical labels and aliases), by its compared form. */
const LOOKUP: Record<LabelKind, Map<string, string>> = {
  closingMethod: lookupOf('closingMethod'),
  eventType: lookupOf('eventType'),
  direction: lookupOf('direction'),
}

function lookupOf(kind: LabelKind): Map<string, string> {
  const map = new Map<string, string>()
  for (const [alias, label] of Object.entries(ALIASES[kind])) map.set(key(alias), label)
  for (const label of CANONICAL[kind]) map.set(key(label), label)
  return map
}

/** The canonical label for a court's label, through the court's own value map first. */
export function canonicalLabel(
  kind: LabelKind,
  raw: string,
  valueMap: Record<string, string> = {},
): string | undefined {
  const mapped = valueMap[raw.trim()] ?? valueMap[key(raw)]
  return LOOKUP[kind].get(key(mapped ?? raw))
}

export function canonicalLabels(kind: LabelKind): readonly string[] {
  return CANONICAL[kind]
}
