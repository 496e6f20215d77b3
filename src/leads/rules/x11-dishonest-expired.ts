import { addMonthsClamped } from '../../calendar/calendar-date.js'
import { addWorkingDays } from '../../calendar/workdays.js'
import { entriesOf, imported, listLabel, partyLabel, sameCaseNo } from './ref-helpers.js'
import { clear, raised, unknown, type RefEntry, type Rule, type RuleContext } from './rule-types.js'

/** Ground (一) 有履行能力而拒不履行 has no fixed term: it ends on performance (X09), not by time. */
const NO_TERM = /有履行能力而拒不履行/

/**
 * X11 失信期限届满未删除: a 失信 entry of this case whose term (2 years unless the list records
 * another) ended, still published N working days after. An entry whose 失信情形 is not given cannot
 * be judged: ground (一) has no term.
 */
export const x11: Rule = {
  id: 'X11',
  name: '失信期限届满未删除',
  fields: ['被执行人', '失信被执行人名单（案号、发布日期、失信情形、纳入期限、删除日期）'],
  needs: { cases: ['respondents'], lists: ['dishonest'] },
  thresholds: [
    {
      key: 'X11.years',
      label: '失信名单的纳入期限（名单未载明时）',
      unit: '年',
      default: 2,
      min: 1,
      max: 5,
      note: '失信规定第二条为二年（据转载文本）。',
    },
    {
      key: 'X11.workdays',
      label: '期限届满后删除的期限',
      unit: '个工作日',
      default: 3,
      min: 0,
      max: 30,
    },
  ],
  bases: ['dishonest2', 'dishonest10'],
  weight: 1,
  evaluate(input, ctx) {
    if (!imported(input, 'dishonest')) return unknown('失信被执行人名单')
    const mine = entriesOf(input, 'dishonest').filter((e) =>
      sameCaseNo(e.caseNo, input.facts.caseNo),
    )
    const termed = mine.filter((e) => !NO_TERM.test(e.category ?? ''))
    const found = termed.filter((e) => e.category !== null).map((e) => overdue(e, ctx))
    const hit = found.find((f) => f !== undefined)
    if (hit) return raised(hit)
    return termed.some((e) => e.category === null) ? unknown('失信行为具体情形') : clear
  },
}

function overdue(e: RefEntry, ctx: RuleContext): string | undefined {
  const years = e.termYears ?? ctx.thresholds['X11.years']!
  const expiry = addMonthsClamped(e.date, Math.round(years * 12)).date
  const { due } = addWorkingDays(expiry, ctx.thresholds['X11.workdays']!, ctx.cal)
  const late = e.endDate === null ? e.list.obtainedOn > due : e.endDate > due
  if (!late) return undefined
  const still = e.endDate === null ? `至 ${e.list.obtainedOn} 仍在名单上` : `${e.endDate} 才删除`
  return `${listLabel(e)}：被执行人 ${partyLabel(e.party)} ${e.date} 纳入（${e.category}），期限 ${years} 年于 ${expiry} 届满，应于 ${due} 前删除，${still}。`
}
