import { eventsOf } from './rule-helpers.js'
import { entriesOf, imported, listLabel, partyLabel } from './ref-helpers.js'
import { clear, raised, unknown, type CaseInput, type Rule } from './rule-types.js'

const LIFTS: Record<string, string> = { 限制消费: '解除限制消费', 纳入失信: '删除失信' }

/**
 * X13 破产企业仍失信/限高 (执破衔接): a 被执行人 on an imported 破产 list with a 失信 or 限制消费 dated
 * after the bankruptcy date and not lifted — from the court's events or from the imported 失信/限消
 * lists. The 法定代表人 is not in the court's case sheet, so only the company itself is matched.
 */
export const x13: Rule = {
  id: 'X13',
  name: '破产企业仍失信、限高',
  fields: [
    '被执行人',
    '执行措施/节点（限制消费、纳入失信及其解除）',
    '破产企业名单（名称、统一社会信用代码、日期）',
    '失信被执行人名单、限制消费名单',
  ],
  needs: { cases: ['respondents'], lists: ['bankruptcy'] },
  thresholds: [],
  bases: ['dishonest10'],
  basisNote: '苏州相城“执破衔接失信限高类案监督模型”。',
  weight: 2,
  evaluate(input) {
    if (!imported(input, 'bankruptcy')) return unknown('破产企业名单')
    const bankrupt = entriesOf(input, 'bankruptcy')
    if (bankrupt.length === 0) return clear
    for (const b of bankrupt) {
      const after = sanctionsAfter(input, b.party, b.date)
      if (after.length > 0)
        return raised(
          `${listLabel(b)}载明被执行人 ${partyLabel(b.party)} ${b.date} ${b.category ?? '破产'}；此后${after.join('；')}，未见解除。`,
        )
    }
    if (input.events === null && !imported(input, 'dishonest', 'restriction'))
      return unknown('执行措施/节点表')
    return clear
  },
}

function sanctionsAfter(input: CaseInput, party: string, since: string): string[] {
  const out: string[] = []
  const events = input.events ?? []
  for (const e of eventsOf(events, '限制消费', '纳入失信')) {
    const lifted = events.some((l) => l.type === LIFTS[e.type] && l.date >= e.date)
    if (e.date > since && !lifted) out.push(`${e.date} ${e.type}`)
  }
  for (const e of entriesOf(input, 'dishonest', 'restriction'))
    if (e.party === party && e.date > since && e.endDate === null)
      out.push(
        `${listLabel(e)}列有其 ${e.date} 起的${e.kind === 'dishonest' ? '失信' : '限制消费'}记录`,
      )
  return out
}
