import { addWorkingDays } from '../../calendar/workdays.js'
import { entriesOf, imported, listLabel, partyLabel, sameCaseNo } from './ref-helpers.js'
import { clear, raised, unknown, type Rule } from './rule-types.js'

/** Closing methods after which the 失信 entry must go (失信规定 第十条 (一)(二)(六)(七)). */
const PERFORMED = ['执行完毕', '终结执行', '不予执行']

/**
 * X09 履行完毕后仍失信/限消: the case closed as performed, 终结执行 or 不予执行, and the respondent is
 * still on the 失信 (or 限消) list for this case more than N working days after the closing date.
 * Only entries naming this case count: being on the list for another case is lawful.
 */
export const x09: Rule = {
  id: 'X09',
  name: '履行完毕后仍失信、限消',
  fields: [
    '结案方式',
    '结案日期',
    '被执行人',
    '失信被执行人名单或限制消费名单（案号、姓名、证件号码）',
  ],
  needs: {
    cases: ['closingMethod', 'closingDate', 'respondents'],
    lists: ['dishonest', 'restriction'],
  },
  thresholds: [
    {
      key: 'X09.workdays',
      label: '结案后删除失信信息、解除限消的期限',
      unit: '个工作日',
      default: 3,
      min: 0,
      max: 30,
      note: '失信规定第十条为三个工作日（据转载文本）；限消规定只说“及时”，同用此期限。',
    },
  ],
  bases: ['dishonest10', 'restriction9'],
  weight: 2,
  evaluate(input, ctx) {
    const { closingMethod, closingDate, caseNo } = input.facts
    if (closingMethod === null) return unknown('结案方式')
    if (!PERFORMED.includes(closingMethod)) return clear
    if (closingDate === null) return unknown('结案日期')
    if (!imported(input, 'dishonest', 'restriction'))
      return unknown('失信被执行人名单或限制消费名单')
    const days = ctx.thresholds['X09.workdays']!
    const { due } = addWorkingDays(closingDate, days, ctx.cal)
    const late = entriesOf(input, 'dishonest', 'restriction').filter(
      (e) =>
        sameCaseNo(e.caseNo, caseNo) &&
        (e.endDate === null ? e.list.obtainedOn > due : e.endDate > due),
    )
    if (late.length === 0) return clear
    const list = late.map((e) => {
      const still =
        e.endDate === null ? `至 ${e.list.obtainedOn} 仍在名单上` : `${e.endDate} 才解除`
      return `${listLabel(e)}列有被执行人 ${partyLabel(e.party)}（${e.date} 起），${still}`
    })
    return raised(
      `${closingDate} 以${closingMethod}结案，应于 ${due} 前删除失信信息、解除限制消费；${list.join('；')}。`,
    )
  },
}
