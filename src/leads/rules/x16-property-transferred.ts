import { ZB, yuan } from './rule-helpers.js'
import { entriesOf, imported, listLabel, partyLabel } from './ref-helpers.js'
import { clear, raised, unknown, type Rule } from './rule-types.js'

const TRANSFERABLE = /不动产|房|土地|车|股权|股份/

/**
 * X16 诉讼后/生效后转移财产: an imported 不动产/车辆/股权 transfer out of the 被执行人's hands after the
 * start of the litigation while the case is 终本 or unpaid. The court's data has no 应诉通知 date, so the
 * rule counts from the 执行依据 生效 date (court-exchange §4 X16: "or, if absent, after
 * basisEffectiveDate") — later than 拒执解释 第六条's start, so it raises less, never more.
 */
export const x16: Rule = {
  id: 'X16',
  name: '诉讼后转移财产（拒执线索）',
  fields: [
    '被执行人',
    '执行依据生效日期',
    '结案方式',
    '尚未执行标的金额',
    '财产变动记录（财产类型、变动方向、日期、相对人、金额）',
  ],
  needs: { cases: ['respondents', 'basisEffectiveDate'], lists: ['property'] },
  thresholds: [],
  bases: ['refusal3', 'refusal6'],
  weight: 3,
  evaluate(input) {
    if (!imported(input, 'property')) return unknown('财产变动记录')
    const { basisEffectiveDate, closingMethod, unpaidAmount, claimAmount, paidAmount } = input.facts
    const unpaid =
      unpaidAmount ??
      (claimAmount !== null && paidAmount !== null ? claimAmount - paidAmount : null)
    if (closingMethod === null && unpaid === null) return unknown('结案方式', '尚未执行标的金额')
    if (closingMethod !== ZB && !(unpaid !== null && unpaid > 0)) return clear
    const out = entriesOf(input, 'property').filter(
      (e) => e.direction === 'out' && TRANSFERABLE.test(e.category ?? ''),
    )
    if (out.length === 0) return clear
    if (basisEffectiveDate === null) return unknown('执行依据生效日期')
    const after = out.filter((e) => e.date > basisEffectiveDate)
    if (after.length === 0) return clear
    const list = after.map(
      (e) =>
        `${e.date} ${e.category}转出${e.counterparty ? `给 ${partyLabel(e.counterparty)}` : ''}${e.amount !== null ? `，价款 ${yuan(e.amount)}` : ''}`,
    )
    const state = closingMethod === ZB ? '该案已终本' : `尚未执行 ${yuan(unpaid!)}`
    return raised(
      `执行依据 ${basisEffectiveDate} 生效（未导入应诉通知日期，以生效日期起算），${listLabel(after[0]!)}显示被执行人 ${partyLabel(after[0]!.party)}：${list.join('；')}；${state}。`,
    )
  },
}
