import { describe, expect, it } from 'vitest'
import { x01 } from '../../../src/leads/rules/x01-early-termination.js'
import { x02 } from '../../../src/leads/rules/x02-missing-prerequisites.js'
import { x03 } from '../../../src/leads/rules/x03-incomplete-search.js'
import { x04 } from '../../../src/leads/rules/x04-no-interview.js'
import { x05a } from '../../../src/leads/rules/x05-property-at-termination.js'
import { x10 } from '../../../src/leads/rules/x10-no-restriction.js'
import { ctx, ev, fullZb, input } from './rule-fixtures.js'

describe('X01 终本过早', () => {
  it.each([
    ['2024-04-10', 'raised'], // the day the third month ends: not yet "超过三个月"
    ['2024-04-11', 'clear'],
    ['2024-02-01', 'raised'],
  ])('立案 2024-01-10, 终本 %s → %s', (closingDate, outcome) => {
    expect(x01.evaluate(input({ closingDate }), ctx()).outcome).toBe(outcome)
  })

  it('says which dates made it fire', () => {
    const r = x01.evaluate(input({ closingDate: '2024-03-01' }), ctx())
    expect(r).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('立案日期 2024-01-10，终本日期 2024-03-01'),
    })
  })

  it('clamps to the month end (立案 11-30 → 02-29 in a leap year)', () => {
    const f = { filingDate: '2023-11-30' }
    expect(x01.evaluate(input({ ...f, closingDate: '2024-02-29' }), ctx()).outcome).toBe('raised')
    expect(x01.evaluate(input({ ...f, closingDate: '2024-03-01' }), ctx()).outcome).toBe('clear')
  })

  it('follows the threshold', () => {
    const i = input({ closingDate: '2024-05-01' })
    expect(x01.evaluate(i, ctx()).outcome).toBe('clear')
    expect(x01.evaluate(i, ctx({ t: { 'X01.months': 4 } })).outcome).toBe('raised')
  })

  it('ignores cases not closed by 终本 and cannot judge without dates', () => {
    expect(
      x01.evaluate(input({ closingMethod: '执行完毕', closingDate: '2024-01-20' }), ctx()),
    ).toEqual({ outcome: 'clear' })
    expect(x01.evaluate(input({ filingDate: null }), ctx())).toEqual({
      outcome: 'unknown',
      missing: ['立案日期'],
    })
    expect(x01.evaluate(input({ closingMethod: null }), ctx())).toEqual({
      outcome: 'unknown',
      missing: ['结案方式'],
    })
    expect(x01.evaluate(input({ closingDate: null }), ctx())).toEqual({
      outcome: 'unknown',
      missing: ['结案日期'],
    })
  })
})

describe('X02 终本前要件缺失', () => {
  it('is clear with notice, order and restriction before 终本', () => {
    expect(x02.evaluate(input({}, fullZb()), ctx()).outcome).toBe('clear')
  })

  it('names what is missing, counting only events on or before the 终本 day', () => {
    const events = [
      ev('执行通知', '2024-01-12'),
      ev('报告财产令', '2024-06-20'),
      ev('限制消费', '2024-06-21'),
    ]
    const r = x02.evaluate(input({}, events), ctx())
    expect(r).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('没有限制消费的记录'),
    })
    expect((r as { evidence: string }).evidence).not.toContain('报告财产令')
  })

  it('never fires from an events sheet the court did not send', () => {
    expect(x02.evaluate(input({}, null), ctx())).toEqual({
      outcome: 'unknown',
      missing: ['执行措施/节点表'],
    })
  })
})

describe('X03 查控不全', () => {
  const search = (date: string, scope: string | null) => ev('网络查控(总对总)', date, { scope })
  it('is clear with a full search inside the window', () => {
    expect(
      x03.evaluate(input({}, [search('2024-03-21', '存款、证券、车辆、不动产、工商')]), ctx())
        .outcome,
    ).toBe('clear')
  })
  it('fires on a search one day outside the 91-day window', () => {
    const r = x03.evaluate(
      input({}, [search('2024-03-20', '存款、证券、车辆、不动产、工商')]),
      ctx(),
    )
    expect(r).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('2024-03-21 至终本日没有网络查控'),
    })
  })
  it('names the channels a search left out', () => {
    const r = x03.evaluate(input({}, [search('2024-06-01', '银行存款、车辆')]), ctx())
    expect(r).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('未包括证券、不动产、工商'),
    })
  })
  it('cannot judge a search whose scope was not sent', () => {
    expect(x03.evaluate(input({}, [search('2024-06-01', null)]), ctx()).outcome).toBe('unknown')
  })
})

describe('X04 未约谈申请执行人', () => {
  it('fires without an interview', () => {
    expect(x04.evaluate(input({}, [ev('执行通知', '2024-01-12')]), ctx()).outcome).toBe('raised')
  })
  it('is clear with an interview on the 终本 day, or when the applicant asked for 终本', () => {
    expect(x04.evaluate(input({}, [ev('约谈申请执行人', '2024-06-20')]), ctx()).outcome).toBe(
      'clear',
    )
    expect(x04.evaluate(input({ applicantRequestedZb: true }, []), ctx()).outcome).toBe('clear')
  })
  it('fires on an interview after 终本', () => {
    expect(x04.evaluate(input({}, [ev('约谈申请执行人', '2024-06-21')]), ctx()).outcome).toBe(
      'raised',
    )
  })
  it('cannot judge without events', () => {
    expect(x04.evaluate(input({}, null), ctx()).outcome).toBe('unknown')
  })
})

describe('X05A 带财终本', () => {
  it('fires on a seizure in force on the 终本 day', () => {
    const r = x05a.evaluate(input({}, [ev('查封', '2024-02-01', { scope: '不动产' })]), ctx())
    expect(r).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('2024-02-01 查封（不动产）'),
    })
  })
  it('is clear when released before 终本 or expired before it', () => {
    const released = [ev('查封', '2024-02-01'), ev('解封/解冻/解扣', '2024-06-19')]
    expect(x05a.evaluate(input({}, released), ctx()).outcome).toBe('clear')
    expect(
      x05a.evaluate(input({}, [ev('冻结', '2024-02-01', { endDate: '2024-06-19' })]), ctx())
        .outcome,
    ).toBe('clear')
  })
  it('leaves out a small deposit (999 元, under 5 % of the claim) but not 1,000 元', () => {
    const small = ev('冻结', '2024-02-01', { amount: 999 })
    expect(x05a.evaluate(input({}, [small]), ctx()).outcome).toBe('clear')
    expect(x05a.evaluate(input({}, [{ ...small, amount: 1000 }]), ctx()).outcome).toBe('raised')
    expect(x05a.evaluate(input({ claimAmount: 10000 }, [small]), ctx()).outcome).toBe('raised')
  })
  it('cannot judge without events', () => {
    expect(x05a.evaluate(input({}, null), ctx()).outcome).toBe('unknown')
  })
})

describe('X10 终本未限消', () => {
  it('fires without any 限制消费 and mentions a missing 失信', () => {
    const r = x10.evaluate(input({}, [ev('执行通知', '2024-01-12')]), ctx())
    expect(r).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('也没有纳入失信'),
    })
  })
  it('is clear with a 限制消费, and cannot judge without events', () => {
    expect(x10.evaluate(input({}, fullZb()), ctx()).outcome).toBe('clear')
    expect(x10.evaluate(input({}, null), ctx()).outcome).toBe('unknown')
  })
})
