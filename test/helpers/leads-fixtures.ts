import { xlsxOf } from './exchange-import-fixtures.js'

/**
 * A generated court workbook: many clean cases and a few planted violations, with the rules each
 * planted case must raise. Dates suit a clock at 2026-12-03.
 */
export const CASE_HEAD = [
  '案号',
  '立案日期',
  '申请执行人',
  '被执行人',
  '申请执行标的额',
  '实际到位金额',
  '结案方式',
  '结案日期',
]
export const EVENT_HEAD = ['案号', '措施类型', '日期', '届满日期', '金额', '查询范围']
export const LEDGER_HEAD = ['案号', '款项类别', '进账时间', '进账金额']

const no = (n: number) => `（2026）豫0403执${n}号`
const FULL = '存款、证券、车辆、不动产、工商'

/** The events that make a 终本 on `closing` clean. */
function cleanZbEvents(caseNo: string, closing = '2026-09-30'): unknown[][] {
  return [
    [caseNo, '执行通知', '2026-01-08', '', '', ''],
    [caseNo, '报告财产令', '2026-01-08', '', '', ''],
    [caseNo, '限制消费', '2026-01-10', '', '', ''],
    [caseNo, '纳入失信', '2026-01-10', '', '', ''],
    [caseNo, '网络查控(总对总)', '2026-09-01', '', '', FULL],
    [caseNo, '约谈申请执行人', closing, '', '', ''],
  ]
}

export type Planted = { caseNo: string; rules: string[]; evidence: Record<string, string> }

export const PLANTED: Planted[] = [
  {
    caseNo: no(90001),
    rules: ['X01'],
    evidence: { X01: '立案日期 2026-03-01，终本日期 2026-05-20' },
  },
  { caseNo: no(90002), rules: ['X02', 'X10'], evidence: { X02: '没有限制消费的记录' } },
  { caseNo: no(90003), rules: ['X08'], evidence: { X08: '2026-01-10 到账 100,000.00 元' } },
  {
    caseNo: no(90004),
    rules: ['X07A', 'X14'],
    evidence: { X14: '2025-06-01 冻结存款，1 年最长期限已于 2026-06-01 届满' },
  },
]

function plantedRows() {
  const [p1, p2, p3, p4] = PLANTED.map((p) => p.caseNo) as [string, string, string, string]
  const cases = [
    [p1, '2026-03-01', '甲公司', '乙', '100000', '0', '终本', '2026-05-20'],
    [p2, '2026-01-05', '甲公司', '丙', '100000', '0', '终本', '2026-09-30'],
    [p3, '2026-01-05', '甲公司', '丁', '100000', '100000', '执行完毕', '2026-03-01'],
    [p4, '2025-03-01', '甲公司', '戊', '100000', '0', '未结', ''],
  ]
  const events = [
    ...cleanZbEvents(p1, '2026-05-20').map((r) =>
      r[1] === '网络查控(总对总)' ? [p1, r[1], '2026-05-01', '', '', FULL] : r,
    ),
    [p1, '终本后网络查询', '2026-11-01', '', '', ''],
    ...cleanZbEvents(p2).filter((r) => r[1] !== '限制消费'),
    [p4, '执行通知', '2025-03-05', '', '', ''],
    [p4, '冻结', '2025-06-01', '', '50000', '银行存款'],
  ]
  const ledger = [[p3, '到账', '2026-01-10', '100000']]
  return { cases, events, ledger }
}

/** `clean` clean cases: a sixth closed by a clean 终本, the rest 执行完毕 with money paid out. */
export async function plantedWorkbook(clean: number): Promise<Buffer> {
  const p = plantedRows()
  const cases: unknown[][] = [CASE_HEAD]
  const events: unknown[][] = [EVENT_HEAD, ...p.events]
  const ledger: unknown[][] = [LEDGER_HEAD, ...p.ledger]
  for (let i = 1; i <= clean; i++) {
    const c = no(i)
    if (i % 6 === 0) {
      cases.push([c, '2026-01-05', `申请人${i}`, `被执行人${i}`, '5000', '0', '终本', '2026-09-30'])
      events.push(...cleanZbEvents(c))
    } else {
      cases.push([
        c,
        '2026-01-05',
        `申请人${i}`,
        `被执行人${i}`,
        '5000',
        '5000',
        '执行完毕',
        '2026-04-01',
      ])
      if (i % 10 === 1)
        ledger.push([c, '到账', '2026-02-01', '5000'], [c, '发放', '2026-02-20', '5000'])
    }
  }
  cases.push(...p.cases)
  return xlsxOf([
    { name: '执行案件', rows: cases },
    { name: '执行措施', rows: events },
    { name: '执行款台账', rows: ledger },
  ])
}

/** A later list for the same court: the given case rows only. */
export function laterWorkbook(rows: unknown[][]): Promise<Buffer> {
  return xlsxOf([{ name: '执行案件', rows: [CASE_HEAD, ...rows] }])
}
