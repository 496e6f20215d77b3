import { eventsOf } from './rule-helpers.js'
import { entriesOf, imported, listLabel, partyLabel } from './ref-helpers.js'
import { clear, raised, unknown, type CaseInput, type RefEntry, type Rule } from './rule-types.js'

/**
 * The travel 限消规定 第三条 forbids: planes, 软卧, ships' second class and above, every seat of a G
 * train, first class and above of other 动车组 trains.
 */
export function restrictedTravel(e: RefEntry): boolean {
  const how = `${e.category ?? ''}${e.detail ?? ''}`
  const train = (e.extra ?? '').trim().toUpperCase()
  if (/飞机|航班|民航/.test(how)) return true
  if (/软卧/.test(how)) return true
  if (/轮船|船/.test(how) && /一等|二等|特等/.test(how)) return true
  if (train.startsWith('G')) return true
  return /^[DC]/.test(train) && /一等|商务|特等/.test(how)
}

/**
 * X15 违反限消令: a 被执行人 under a 限制消费 (the court's event, or the imported 限消 list) who
 * appears on an imported travel list after it began, in a class the restriction forbids. With a 罚款 or
 * 拘留 for it and the debt unpaid, the evidence names it a 拒执 lead (拒执解释 第三条第（四）项).
 */
export const x15: Rule = {
  id: 'X15',
  name: '违反限消令（拒执线索）',
  fields: [
    '被执行人',
    '尚未执行标的金额',
    '执行措施/节点（限制消费、解除限制消费、罚款、拘留）',
    '出行记录（姓名、证件号码、日期、交通方式、席别、车次航班）',
    '限制消费名单',
  ],
  needs: { cases: ['respondents'], lists: ['travel'] },
  thresholds: [],
  bases: ['restriction3', 'refusal3'],
  weight: 3,
  evaluate(input) {
    if (!imported(input, 'travel')) return unknown('出行记录')
    const trips = entriesOf(input, 'travel').filter(restrictedTravel)
    if (trips.length === 0) return clear
    for (const trip of trips) {
      const since = restrictedSince(input, trip)
      if (since === undefined) continue
      const how = [trip.category, trip.extra, trip.detail].filter(Boolean).join(' ')
      return raised(
        `被执行人 ${partyLabel(trip.party)} 自 ${since} 起被限制消费，${listLabel(trip)}显示其 ${trip.date} 乘坐 ${how}${escalation(input, trip.date)}。`,
      )
    }
    if (input.events === null && !imported(input, 'restriction'))
      return unknown('执行措施/节点表（限制消费）')
    return clear
  },
}

/** The start of a 限制消费 in force on the day of the trip, if any. */
function restrictedSince(input: CaseInput, trip: RefEntry): string | undefined {
  const events = input.events ?? []
  const lifts = eventsOf(events, '解除限制消费')
  for (const r of eventsOf(events, '限制消费'))
    if (r.date < trip.date && !lifts.some((l) => l.date >= r.date && l.date <= trip.date))
      return r.date
  const listed = entriesOf(input, 'restriction').find(
    (r) =>
      r.party === trip.party && r.date < trip.date && (r.endDate === null || r.endDate > trip.date),
  )
  return listed?.date
}

function escalation(input: CaseInput, tripDate: string): string {
  const { unpaidAmount, claimAmount, paidAmount } = input.facts
  const unpaid =
    unpaidAmount ?? (claimAmount !== null && paidAmount !== null ? claimAmount - paidAmount : null)
  const sanction = (input.events ?? []).find(
    (e) => (e.type === '罚款' || e.type === '拘留') && e.date >= tripDate,
  )
  if (!sanction || unpaid === null || unpaid <= 0) return ''
  return `；${sanction.date} 已${sanction.type}，仍未履行，可作为拒不执行判决、裁定罪线索审查`
}
