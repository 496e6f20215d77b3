import { describe, expect, it } from 'vitest'
import { x06 } from '../../../src/leads/rules/x06-no-periodic-search.js'
import { x07c } from '../../../src/leads/rules/x07-lead-not-checked.js'
import { x07b } from '../../../src/leads/rules/x07-late-notice.js'
import { x07a } from '../../../src/leads/rules/x07-passive-execution.js'
import { x08 } from '../../../src/leads/rules/x08-money-not-paid.js'
import { x14 } from '../../../src/leads/rules/x14-seizure-overdue.js'
import { x17a, x17b } from '../../../src/leads/rules/x17-false-litigation.js'
import { ctx, ev, input, money } from './rule-fixtures.js'

const open = { closingMethod: '未结', closingDate: null }

describe('X06 终本后未定期查询', () => {
  const q = (d: string) => ev('终本后网络查询', d)
  it('is clear with a query every six months', () => {
    const events = [q('2024-12-20'), q('2025-06-20')]
    expect(x06.evaluate(input({}, events), ctx({ today: '2025-12-20' })).outcome).toBe('clear')
  })
  it('fires on a gap of six months and a day', () => {
    const r = x06.evaluate(input({}, [q('2024-12-21')]), ctx({ today: '2025-01-10' }))
    expect(r).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('应在 2024-12-20 前再次查询，下一次查询在 2024-12-21'),
    })
  })
  it('fires on a gap still running', () => {
    const r = x06.evaluate(input({}, []), ctx({ today: '2024-12-21' }))
    expect(r).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('至 2024-12-21 仍无查询记录'),
    })
    expect(x06.evaluate(input({}, []), ctx({ today: '2024-12-20' })).outcome).toBe('clear')
  })
  it('cannot judge without events', () => {
    expect(x06.evaluate(input({}, null), ctx()).outcome).toBe('unknown')
  })
})

describe('X07A 超期未执结', () => {
  const seized = [ev('查封', '2024-02-01', { scope: '不动产' })]
  it('fires the day after six months with property seized', () => {
    expect(x07a.evaluate(input(open, seized), ctx({ today: '2024-07-11' })).outcome).toBe('raised')
    expect(x07a.evaluate(input(open, seized), ctx({ today: '2024-07-10' })).outcome).toBe('clear')
  })
  it('deducts the court’s excluded days, or the 中止 spans', () => {
    expect(
      x07a.evaluate(input({ ...open, excludedDays: 30 }, seized), ctx({ today: '2024-08-01' }))
        .outcome,
    ).toBe('clear')
    const paused = [...seized, ev('中止执行', '2024-03-01', { endDate: '2024-04-01' })]
    const r = x07a.evaluate(input(open, paused), ctx({ today: '2024-08-11' }))
    expect(r).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining(
        '扣除 31 日（中止、暂缓执行记录）后 6 个月期限届满于 2024-08-10',
      ),
    })
  })
  it('is clear with measures but no property; fires with no measure at all', () => {
    expect(x07a.evaluate(input(open, [ev('执行通知', '2024-01-12')]), ctx()).outcome).toBe('clear')
    expect(x07a.evaluate(input(open, []), ctx()).outcome).toBe('raised')
  })
  it('cannot judge without events or filing date', () => {
    expect(x07a.evaluate(input(open, null), ctx()).outcome).toBe('unknown')
    expect(x07a.evaluate(input({ ...open, filingDate: null }, []), ctx()).outcome).toBe('unknown')
  })
})

describe('X07B 执行通知迟延 (calendar module)', () => {
  // 2024-09-21 + 10 days = 10-01, 国庆节: the period ends on the next working day, 10-08
  it.each([
    ['2024-10-08', 'clear'],
    ['2024-10-09', 'raised'],
  ])('received 2024-09-21, notice %s → %s', (date, outcome) => {
    const r = x07b.evaluate(input({ receivedDate: '2024-09-21' }, [ev('执行通知', date)]), ctx())
    expect(r.outcome).toBe(outcome)
  })
  it('on an ordinary working day, the 10th day is the last', () => {
    const i = (d: string) => input({ receivedDate: '2024-03-01' }, [ev('执行通知', d)])
    expect(x07b.evaluate(i('2024-03-11'), ctx()).outcome).toBe('clear')
    expect(x07b.evaluate(i('2024-03-12'), ctx()).outcome).toBe('raised')
  })
  it('cannot judge without the receipt date or a notice', () => {
    expect(x07b.evaluate(input({}, [ev('执行通知', '2024-01-12')]), ctx()).outcome).toBe('unknown')
    expect(x07b.evaluate(input({ receivedDate: '2024-03-01' }, []), ctx()).outcome).toBe('unknown')
  })
})

describe('X07C 财产线索未及时核实', () => {
  it('fires when a lead was not checked within seven days', () => {
    const events = [ev('财产线索提供', '2024-03-01'), ev('财产线索核实', '2024-03-09')]
    const r = x07c.evaluate(input({}, events), ctx())
    expect(r).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('应于 2024-03-08 前核实，2024-03-09 才核实'),
    })
  })
  it('is clear when checked on the seventh day or while the period runs', () => {
    expect(
      x07c.evaluate(
        input({}, [ev('财产线索提供', '2024-03-01'), ev('财产线索核实', '2024-03-08')]),
        ctx(),
      ).outcome,
    ).toBe('clear')
    expect(x07c.evaluate(input({}, [ev('财产线索提供', '2024-11-28')]), ctx()).outcome).toBe(
      'clear',
    )
  })
  it('cannot judge without events', () => {
    expect(x07c.evaluate(input({}, null), ctx()).outcome).toBe('unknown')
  })
})

describe('X08 执行款超期未发放', () => {
  const arrived = money('到账', '2024-04-10', 50000)
  it.each([
    ['2024-05-10', 'clear'], // paid on the 30th day, a Friday
    ['2024-05-11', 'raised'], // paid on the 31st
  ])('到账 04-10, 发放 %s → %s', (date, outcome) => {
    expect(x08.evaluate(input({}, [], [arrived, money('发放', date, 50000)]), ctx()).outcome).toBe(
      outcome,
    )
  })
  it('rolls a 30th day on a Sunday over to Monday (到账 03-01 → 04-01)', () => {
    const paid = (d: string) => input({}, [], [money('到账', '2024-03-01', 1), money('发放', d, 1)])
    expect(x08.evaluate(paid('2024-04-01'), ctx()).outcome).toBe('clear')
    expect(x08.evaluate(paid('2024-04-02'), ctx()).outcome).toBe('raised')
  })
  it('says how much was left unpaid', () => {
    const r = x08.evaluate(input({}, [], [arrived, money('发放', '2024-04-20', 20000)]), ctx())
    expect(r).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('未发放 30,000.00 元'),
    })
  })
  it('is clear with a deferral recorded, or while the period runs', () => {
    expect(
      x08.evaluate(input({}, [], [arrived, money('延缓', '2024-04-20', 0)]), ctx()).outcome,
    ).toBe('clear')
    expect(x08.evaluate(input({}, [], [arrived]), ctx({ today: '2024-05-10' })).outcome).toBe(
      'clear',
    )
  })
  it('counts working days when the court’s limit is in working days', () => {
    const t = { 'X08.days': 10, 'X08.workingDays': 1 }
    // 2024-09-27 + 10 working days: 09-29 (make-up day), 09-30, 国庆节 off, 10-08 … 10-12 (make-up), 10-14 … 10-16
    const paid = (d: string) =>
      input({}, [], [money('到账', '2024-09-27', 100), money('发放', d, 100)])
    expect(x08.evaluate(paid('2024-10-16'), ctx({ t })).outcome).toBe('clear')
    expect(x08.evaluate(paid('2024-10-17'), ctx({ t })).outcome).toBe('raised')
  })
  it('cannot judge without a ledger', () => {
    expect(x08.evaluate(input({}, [], null), ctx())).toEqual({
      outcome: 'unknown',
      missing: ['执行款台账'],
    })
  })
})

describe('X14 查封冻结超期未续', () => {
  const deposit = ev('冻结', '2023-06-01', { scope: '银行存款' })
  it('fires on a deposit frozen past one year with no renewal', () => {
    const r = x14.evaluate(input(open, [deposit]), ctx({ today: '2024-06-02' }))
    expect(r).toMatchObject({
      outcome: 'raised',
      evidence: expect.stringContaining('1 年最长期限已于 2024-06-01 届满'),
    })
    expect(x14.evaluate(input(open, [deposit]), ctx({ today: '2024-06-01' })).outcome).toBe('clear')
  })
  it('is clear after a renewal; fires on a recorded term beyond the maximum', () => {
    expect(x14.evaluate(input(open, [deposit, ev('续封/续冻', '2024-05-20')]), ctx()).outcome).toBe(
      'clear',
    )
    const long = ev('查封', '2023-01-01', { scope: '不动产', endDate: '2026-01-02' })
    expect(x14.evaluate(input(open, [long]), ctx()).outcome).toBe('raised')
  })
  it('is clear for a case paid in full; cannot judge an unknown kind of property', () => {
    expect(x14.evaluate(input({ closingMethod: '执行完毕' }, [deposit]), ctx()).outcome).toBe(
      'clear',
    )
    expect(x14.evaluate(input(open, [ev('查封', '2023-01-01')]), ctx()).outcome).toBe('unknown')
  })
})

describe('X17 虚假诉讼 patterns', () => {
  const loan = { cause: '民间借贷纠纷', applicants: ['周某'] }
  it('X17A fires at the threshold count, not below', () => {
    const at = (n: number) => ctx({ loanCasesByApplicant: new Map([['周某', n]]) })
    expect(x17a.evaluate(input(loan), at(10)).outcome).toBe('raised')
    expect(x17a.evaluate(input(loan), at(9)).outcome).toBe('clear')
    expect(x17a.evaluate(input({ ...loan, cause: null }), at(10)).outcome).toBe('unknown')
  })
  it('X17B fires on a 调解书 enforced within days with 公积金 taken', () => {
    const quick = {
      basisType: '调解书',
      basisEffectiveDate: '2024-09-23',
      filingDate: '2024-09-30',
    }
    const fund = [ev('划拨/扣划', '2024-10-29', { scope: '住房公积金', amount: 200000 })]
    expect(x17b.evaluate(input(quick, fund), ctx()).outcome).toBe('raised')
    expect(x17b.evaluate(input({ ...quick, filingDate: '2024-10-01' }, fund), ctx()).outcome).toBe(
      'clear',
    )
    expect(x17b.evaluate(input(quick, []), ctx()).outcome).toBe('clear')
    expect(x17b.evaluate(input({ ...quick, basisEffectiveDate: null }, fund), ctx()).outcome).toBe(
      'unknown',
    )
  })
})
