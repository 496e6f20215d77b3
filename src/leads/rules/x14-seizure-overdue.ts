import { eventsOf, monthsAfter, OPEN, ZB } from './rule-helpers.js'
import {
  clear,
  raised,
  unknown,
  type CaseFacts,
  type EventFact,
  type Rule,
  type RuleContext,
} from './rule-types.js'

type Kind = { key: string; label: string }
const DEPOSIT: Kind = { key: 'X14.depositYears', label: '冻结存款' }
const MOVABLE: Kind = { key: 'X14.movableYears', label: '查封、扣押动产' }
const PROPERTY: Kind = { key: 'X14.propertyYears', label: '查封不动产、冻结其他财产权' }

/** Which maximum applies, from the measure and what the court wrote about it; undefined = cannot tell. */
function kindOf(e: EventFact): Kind | undefined {
  const text = `${e.scope ?? ''}${e.note ?? ''}`
  if (e.type === '扣押') return MOVABLE
  if (e.type === '冻结') return /存款|银行/.test(text) ? DEPOSIT : text ? PROPERTY : undefined
  if (/不动产|房|土地/.test(text)) return PROPERTY
  return /车辆|动产/.test(text) ? MOVABLE : undefined
}

/**
 * X14 查封冻结超期未续: a seizure whose recorded term is longer than the statutory maximum, or which
 * has run past it with neither 续封/续冻 nor 解除 (cplInterpretation485), in a case still open or
 * ended by 终本 with money unpaid. A measure whose kind of property cannot be told is not judged.
 */
export const x14: Rule = {
  id: 'X14',
  name: '查封冻结超期未续',
  fields: [
    '结案方式',
    '尚未执行标的金额',
    '执行措施/节点（查封、扣押、冻结及其范围、届满日期、续行、解除）',
  ],
  needs: { cases: ['closingMethod'], events: true },
  thresholds: [
    { key: DEPOSIT.key, label: '冻结存款最长期限', unit: '年', default: 1, min: 1, max: 3 },
    { key: MOVABLE.key, label: '查封、扣押动产最长期限', unit: '年', default: 2, min: 1, max: 3 },
    {
      key: PROPERTY.key,
      label: '查封不动产、冻结其他财产权最长期限',
      unit: '年',
      default: 3,
      min: 1,
      max: 5,
    },
  ],
  bases: ['cplInterpretation485'],
  weight: 2,
  evaluate(input, ctx) {
    const { facts, events } = input
    if (facts.closingMethod === null) return unknown('结案方式')
    if (events === null) return unknown('执行措施/节点表')
    const live = stillLive(facts)
    if (live !== true) return live === false ? clear : unknown('尚未执行标的金额')
    let undetermined = false
    for (const e of eventsOf(events, '查封', '扣押', '冻结')) {
      const kind = kindOf(e)
      if (!kind) {
        undetermined = true
        continue
      }
      const found = overdue(e, kind, events, ctx)
      if (found) return raised(found.text, found.fingerprint)
    }
    return undetermined ? unknown('查封、冻结财产的类别（查询范围或备注）') : clear
  },
}

function stillLive(f: CaseFacts): boolean | undefined {
  if (f.closingMethod === OPEN) return true
  if (f.closingMethod !== ZB) return false
  const unpaid =
    f.unpaidAmount ??
    (f.claimAmount !== null && f.paidAmount !== null ? f.claimAmount - f.paidAmount : null)
  return unpaid === null ? undefined : unpaid > 0
}

function overdue(e: EventFact, kind: Kind, events: EventFact[], ctx: RuleContext) {
  const years = ctx.thresholds[kind.key]!
  const max = monthsAfter(e.date, years * 12)
  if (e.endDate !== null && e.endDate > max)
    return {
      text: `${e.date} ${kind.label}，届满日期 ${e.endDate} 超过 ${years} 年的最长期限（${max}）。`,
      fingerprint: `${e.date}|${kind.key}|${e.endDate}|${years}`,
    }
  if (e.endDate !== null || ctx.today <= max) return undefined
  const after = (type: string) => events.some((x) => x.type === type && x.date >= e.date)
  if (after('续封/续冻') || after('解封/解冻/解扣')) return undefined
  return {
    text: `${e.date} ${kind.label}，${years} 年最长期限已于 ${max} 届满，至 ${ctx.today} 没有续行或解除的记录。`,
    fingerprint: `${e.date}|${kind.key}|${years}`,
  }
}
