import { eventsOf, ZB, OPEN } from './rule-helpers.js'
import { entriesOf, imported, listLabel, partyLabel } from './ref-helpers.js'
import { clear, raised, unknown, type CaseInput, type RefEntry, type Rule } from './rule-types.js'

/**
 * X12 被执行人已死亡仍限消/失信/终本: a 被执行人 on an imported 死亡/注销户籍 list, and a 限制消费 or
 * 失信 dated after the death, or the case closed as 终本 after it (rather than 终结执行 or 变更被执行人),
 * or still open with no 中止执行 since. The 阳春 model's key anomaly is the first.
 */
export const x12: Rule = {
  id: 'X12',
  name: '被执行人已死亡仍限消、失信、终本',
  fields: [
    '被执行人',
    '结案方式',
    '结案日期',
    '执行措施/节点（限制消费、纳入失信、中止执行）',
    '死亡、注销户籍名单（姓名、证件号码、日期）',
  ],
  needs: { cases: ['respondents'], lists: ['death'] },
  thresholds: [],
  bases: ['cpl268'],
  basisNote:
    '阳春市人民检察院“被执行人死亡数据排查模型”（广东省平台，2024 年）；终本合规核查第 11 项。',
  weight: 2,
  evaluate(input) {
    if (!imported(input, 'death')) return unknown('死亡、注销户籍名单')
    const deaths = entriesOf(input, 'death')
    if (deaths.length === 0) return clear
    const findings = deaths.flatMap((d) => findingsAfter(input, d))
    if (findings.length > 0) {
      const d = deaths[0]!
      return raised(
        `${listLabel(d)}载明被执行人 ${partyLabel(d.party)} ${d.date} ${d.category ?? '死亡'}；此后${findings.join('；')}。`,
      )
    }
    const { closingMethod } = input.facts
    if (input.events === null && (closingMethod === null || closingMethod === OPEN))
      return unknown(...(closingMethod === null ? ['结案方式'] : []), '执行措施/节点表')
    return clear
  },
}

function findingsAfter(input: CaseInput, death: RefEntry): string[] {
  const out: string[] = []
  const { closingMethod, closingDate } = input.facts
  const events = input.events ?? []
  for (const e of eventsOf(events, '限制消费', '纳入失信'))
    if (e.date > death.date)
      out.push(`${e.date} 仍${e.type === '限制消费' ? '限制消费' : '纳入失信名单'}`)
  if (closingMethod === ZB && closingDate !== null && closingDate >= death.date)
    out.push(`${closingDate} 以终结本次执行程序结案，而非终结执行或变更被执行人`)
  if (
    closingMethod === OPEN &&
    input.events !== null &&
    !events.some((e) => e.type === '中止执行' && e.date >= death.date)
  )
    out.push('案件未结，也没有中止执行的记录')
  return out
}
