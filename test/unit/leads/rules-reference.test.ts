import { describe, expect, it } from 'vitest'
import { x05b } from '../../../src/leads/rules/x05b-property-after-termination.js'
import { x09 } from '../../../src/leads/rules/x09-sanction-not-lifted.js'
import { x11 } from '../../../src/leads/rules/x11-dishonest-expired.js'
import { x12 } from '../../../src/leads/rules/x12-deceased-respondent.js'
import { x13 } from '../../../src/leads/rules/x13-bankrupt-still-sanctioned.js'
import { x15 } from '../../../src/leads/rules/x15-restriction-breach.js'
import { x16 } from '../../../src/leads/rules/x16-property-transferred.js'
import { ctx, ev, input } from './rule-fixtures.js'
import { entry, withRefs } from './ref-fixtures.js'

const CASE = '（2024）京0105执1号'
const paid = { closingMethod: '执行完毕', closingDate: '2024-06-20', unpaidAmount: 0 }

describe('X09 履行完毕后仍失信、限消', () => {
  // 2024-06-20 is a Thursday: three working days run to Tuesday 06-25
  const listed = (obtainedOn: string, over = {}) =>
    entry('dishonest', '2024-02-01', {
      caseNo: CASE,
      list: { source: '执行信息公开网', obtainedOn },
      ...over,
    })

  it('raises an entry of this case still listed after the three working days', () => {
    const r = x09.evaluate(withRefs(input(paid), [listed('2024-06-26')]), ctx())
    expect(r).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('应于 2024-06-25 前删除失信信息'),
    })
    expect((r as { evidence: string }).evidence).toContain('张*')
  })

  it('is clear on the last day of the period, for another case, and for a 终本 case', () => {
    expect(x09.evaluate(withRefs(input(paid), [listed('2024-06-25')]), ctx()).outcome).toBe('clear')
    const other = listed('2024-07-01', { caseNo: '（2023）京0105执9号' })
    expect(x09.evaluate(withRefs(input(paid), [other]), ctx()).outcome).toBe('clear')
    expect(x09.evaluate(withRefs(input(), [listed('2024-07-01')]), ctx()).outcome).toBe('clear')
  })

  it('counts the period in working days around a holiday (端午 2024-06-10)', () => {
    const f = { ...paid, closingDate: '2024-06-07' } // Friday; 06-10 holiday → due 06-13
    expect(x09.evaluate(withRefs(input(f), [listed('2024-06-13')]), ctx()).outcome).toBe('clear')
    expect(x09.evaluate(withRefs(input(f), [listed('2024-06-14')]), ctx()).outcome).toBe('raised')
  })

  it('raises a 限消 lifted late, and cannot judge without either list', () => {
    const lifted = entry('restriction', '2024-02-01', { caseNo: CASE, endDate: '2024-07-10' })
    expect(x09.evaluate(withRefs(input(paid), [lifted]), ctx()).outcome).toBe('raised')
    expect(x09.evaluate(withRefs(input(paid), [], new Set(['death'])), ctx())).toEqual({
      outcome: 'unknown',
      missing: ['失信被执行人名单或限制消费名单'],
    })
  })
})

describe('X11 失信期限届满未删除', () => {
  const d = (obtainedOn: string, over = {}) =>
    entry('dishonest', '2022-03-01', {
      caseNo: CASE,
      category: '违反限制消费令',
      list: { source: '执行信息公开网', obtainedOn },
      ...over,
    })

  it('raises an entry two years old still published after three working days', () => {
    // term ends 2024-03-01 (Friday) → delete by Wednesday 03-06
    expect(x11.evaluate(withRefs(input(), [d('2024-03-07')]), ctx())).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('期限 2 年于 2024-03-01 届满，应于 2024-03-06 前删除'),
    })
    expect(x11.evaluate(withRefs(input(), [d('2024-03-06')]), ctx()).outcome).toBe('clear')
  })

  it('keeps ground (一) out, follows a recorded longer term, and needs the 情形', () => {
    const able = d('2025-01-01', { category: '有履行能力而拒不履行生效法律文书确定义务' })
    expect(x11.evaluate(withRefs(input(), [able]), ctx()).outcome).toBe('clear')
    expect(
      x11.evaluate(withRefs(input(), [d('2024-06-01', { termYears: 3 })]), ctx()).outcome,
    ).toBe('clear')
    expect(x11.evaluate(withRefs(input(), [d('2025-01-01', { category: null })]), ctx())).toEqual({
      outcome: 'unknown',
      missing: ['失信行为具体情形'],
    })
  })
})

describe('X12 被执行人已死亡', () => {
  const death = entry('death', '2024-03-01', { category: '死亡' })

  it('raises a 限消 after the death and a 终本 after it', () => {
    const r = x12.evaluate(withRefs(input({}, [ev('限制消费', '2024-03-05')]), [death]), ctx())
    expect(r).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('2024-03-05 仍限制消费'),
    })
    const zb = x12.evaluate(withRefs(input({}, []), [death]), ctx())
    expect(zb).toMatchObject({ evidence: expect.stringContaining('以终结本次执行程序结案') })
  })

  it('is clear when everything preceded the death, or after 终结执行', () => {
    const before = entry('death', '2024-07-01')
    expect(
      x12.evaluate(withRefs(input({}, [ev('限制消费', '2024-03-05')]), [before]), ctx()).outcome,
    ).toBe('clear')
    const ended = input({ closingMethod: '终结执行', closingDate: '2024-06-20' }, [])
    expect(x12.evaluate(withRefs(ended, [death]), ctx()).outcome).toBe('clear')
  })

  it('raises an open case without 中止, and cannot judge an open case without events', () => {
    const open = { closingMethod: '未结', closingDate: null }
    expect(x12.evaluate(withRefs(input(open, []), [death]), ctx()).outcome).toBe('raised')
    expect(
      x12.evaluate(withRefs(input(open, [ev('中止执行', '2024-03-10')]), [death]), ctx()).outcome,
    ).toBe('clear')
    expect(x12.evaluate(withRefs(input(open, null), [death]), ctx()).outcome).toBe('unknown')
    expect(x12.evaluate(withRefs(input(), [], new Set(['dishonest'])), ctx())).toEqual({
      outcome: 'unknown',
      missing: ['死亡、注销户籍名单'],
    })
  })
})

describe('X13 破产企业仍失信、限高', () => {
  const firm = { respondents: ['某某建材有限公司'] }
  const bankrupt = entry('bankruptcy', '2024-04-01', {
    party: '某某建材有限公司',
    category: '宣告破产',
  })

  it('raises a 限消 dated after the bankruptcy and not lifted', () => {
    const i = withRefs(input(firm, [ev('限制消费', '2024-05-01')]), [bankrupt])
    expect(x13.evaluate(i, ctx())).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('2024-05-01 限制消费'),
    })
  })

  it('is clear for one dated before, or lifted; raises from the 失信 list too', () => {
    expect(
      x13.evaluate(withRefs(input(firm, [ev('限制消费', '2024-03-01')]), [bankrupt]), ctx())
        .outcome,
    ).toBe('clear')
    const lifted = [ev('限制消费', '2024-05-01'), ev('解除限制消费', '2024-05-20')]
    expect(x13.evaluate(withRefs(input(firm, lifted), [bankrupt]), ctx()).outcome).toBe('clear')
    const listed = entry('dishonest', '2024-06-01', { party: '某某建材有限公司' })
    expect(x13.evaluate(withRefs(input(firm, []), [bankrupt, listed]), ctx()).outcome).toBe(
      'raised',
    )
  })
})

describe('X15 违反限消令', () => {
  const trip = (over = {}) =>
    entry('travel', '2024-08-01', { category: '火车', extra: 'G1234', detail: '二等座', ...over })

  it('raises a G-train trip after the 限消, and names the 拒执 lead after a fine', () => {
    const events = [ev('限制消费', '2024-02-01')]
    expect(x15.evaluate(withRefs(input({}, events), [trip()]), ctx())).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('2024-08-01 乘坐 火车 G1234 二等座'),
    })
    const fined = [...events, ev('罚款', '2024-08-20')]
    expect(x15.evaluate(withRefs(input({}, fined), [trip()]), ctx())).toMatchObject({
      evidence: expect.stringContaining('可作为拒不执行判决、裁定罪线索审查'),
    })
  })

  it('is clear for a D-train second class, a trip before the 限消, or after it was lifted', () => {
    const events = [ev('限制消费', '2024-02-01')]
    expect(
      x15.evaluate(withRefs(input({}, events), [trip({ extra: 'D301' })]), ctx()).outcome,
    ).toBe('clear')
    expect(
      x15.evaluate(withRefs(input({}, events), [trip({ date: '2024-01-20' })]), ctx()).outcome,
    ).toBe('clear')
    const lifted = [...events, ev('解除限制消费', '2024-07-01')]
    expect(x15.evaluate(withRefs(input({}, lifted), [trip()]), ctx()).outcome).toBe('clear')
    expect(
      x15.evaluate(withRefs(input({}, null), [trip()], new Set(['travel'])), ctx()).outcome,
    ).toBe('unknown')
  })
})

describe('X16 诉讼后转移财产', () => {
  const sale = (date: string, over = {}) =>
    entry('property', date, {
      category: '不动产',
      direction: 'out',
      counterparty: '李四',
      amount: 10000,
      ...over,
    })
  const f = { basisEffectiveDate: '2023-12-01' }

  it('raises a transfer after the 执行依据 took effect while unpaid', () => {
    expect(x16.evaluate(withRefs(input(f), [sale('2024-01-15')]), ctx())).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('2024-01-15 不动产转出给 李*，价款 10,000.00 元'),
    })
  })

  it('is clear before that date, for an acquisition, or once paid; needs the date', () => {
    expect(x16.evaluate(withRefs(input(f), [sale('2023-11-30')]), ctx()).outcome).toBe('clear')
    expect(
      x16.evaluate(withRefs(input(f), [sale('2024-01-15', { direction: 'in' })]), ctx()).outcome,
    ).toBe('clear')
    expect(
      x16.evaluate(withRefs(input({ ...f, ...paid }), [sale('2024-01-15')]), ctx()).outcome,
    ).toBe('clear')
    expect(x16.evaluate(withRefs(input(), [sale('2024-01-15')]), ctx())).toEqual({
      outcome: 'unknown',
      missing: ['执行依据生效日期'],
    })
  })
})

describe('X05B 终本后发现财产应恢复未恢复', () => {
  const car = (date: string) =>
    entry('property', date, { category: '车辆', direction: 'in', detail: '豫D12345' })

  it('raises property acquired after 终本 with no 恢执 case', () => {
    expect(x05b.evaluate(withRefs(input(), [car('2024-08-01')]), ctx())).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('2024-08-01 车辆（豫D12345）'),
    })
  })

  it('is clear for property before 终本, or when a 恢执 case exists; unknown without the list', () => {
    expect(x05b.evaluate(withRefs(input(), [car('2024-06-20')]), ctx()).outcome).toBe('clear')
    const resumed = withRefs(input(), [car('2024-08-01')], undefined, '（2024）京0105执恢3号')
    expect(x05b.evaluate(resumed, ctx()).outcome).toBe('clear')
    expect(x05b.evaluate(withRefs(input(), [], new Set(['death'])), ctx())).toEqual({
      outcome: 'unknown',
      missing: ['财产变动记录'],
    })
  })
})
