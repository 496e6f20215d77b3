import { ZB } from './rule-helpers.js'
import { entriesOf, imported, listLabel, partyLabel } from './ref-helpers.js'
import { clear, raised, unknown, type Rule } from './rule-types.js'

/**
 * X05B 应恢复未恢复: after 终本 an imported 不动产/车辆/社保/公积金/股权 extract shows the 被执行人
 * acquiring or holding property, and the court's data has no 恢复执行 case for this one (by 原执行案号
 * or the same 执行依据). The "另案执行款" variant of court-exchange §4 (no published model) is left out.
 */
export const x05b: Rule = {
  id: 'X05B',
  name: '终本后发现财产应恢复未恢复',
  fields: [
    '结案方式',
    '结案日期',
    '被执行人',
    '原执行案号、执行依据文号（恢复执行案件）',
    '财产变动记录（财产类型、取得或持有、日期）',
  ],
  needs: { cases: ['closingMethod', 'closingDate', 'respondents'], lists: ['property'] },
  thresholds: [],
  bases: ['zb9'],
  weight: 3,
  evaluate(input) {
    const { closingMethod, closingDate } = input.facts
    if (closingMethod === null) return unknown('结案方式')
    if (closingMethod !== ZB) return clear
    if (closingDate === null) return unknown('结案日期')
    if (!imported(input, 'property')) return unknown('财产变动记录')
    if (input.refs.resumedBy !== null) return clear
    const found = entriesOf(input, 'property').filter(
      (e) => e.direction === 'in' && e.date > closingDate,
    )
    if (found.length === 0) return clear
    const list = found.map(
      (e) => `${e.date} ${e.category ?? '财产'}${e.detail ? `（${e.detail}）` : ''}`,
    )
    return raised(
      `终本日期 ${closingDate}；${listLabel(found[0]!)}显示被执行人 ${partyLabel(found[0]!.party)} 此后取得或持有财产：${list.join('；')}；已导入的数据中没有该案的恢复执行案件。`,
    )
  },
}
