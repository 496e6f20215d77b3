import { describe, expect, it } from 'vitest'
import { notEvaluableRules } from '../../../src/leads/import-coverage.js'
import {
  changeNote,
  evidenceHash,
  leadChange,
  type ExistingLead,
} from '../../../src/leads/lead-sync.js'
import type { LeadEvidence } from '../../../src/leads/lead.table.js'
import { x06 } from '../../../src/leads/rules/x06-no-periodic-search.js'
import { ctx, input } from './rule-fixtures.js'

const e = (rule: string, evidence: string, fingerprint = evidence): LeadEvidence => ({
  rule,
  evidence,
  fingerprint,
})
const lead = (
  status: ExistingLead['status'],
  evidence: LeadEvidence[],
  decided = true,
): ExistingLead => ({
  id: 'l1',
  status,
  evidence,
  evidence_hash: evidenceHash(evidence),
  decided_hash: decided ? evidenceHash(evidence) : null,
})

describe('what an evaluation does to a lead', () => {
  const a = [e('X01', '终本日期 2024-03-01')]
  const b = [e('X01', '终本日期 2024-03-05')]
  it('creates one for a newly raised case and nothing for a clear one', () => {
    expect(leadChange(undefined, a, evidenceHash(a))).toEqual({ kind: 'insert' })
    expect(leadChange(undefined, [], evidenceHash([]))).toEqual({ kind: 'none' })
  })
  it('keeps a 无效 lead quiet while the evidence is what was judged', () => {
    expect(leadChange(lead('invalid', a), a, evidenceHash(a))).toEqual({ kind: 'none' })
  })
  it('reopens a 无效 lead whose evidence changed, saying how', () => {
    const change = leadChange(lead('invalid', a), b, evidenceHash(b))
    expect(change).toMatchObject({ kind: 'update', status: 'pending' })
    expect((change as { changeNote: string }).changeNote).toBe(
      '初筛为无效后证据有变化：X01 终本过早 的证据由「终本日期 2024-03-01」变为「终本日期 2024-03-05」',
    )
  })
  it('keeps a 有效 lead 有效 and clears a pending one no rule raises any more', () => {
    expect(leadChange(lead('valid', a), b, evidenceHash(b))).toMatchObject({ status: 'valid' })
    expect(leadChange(lead('pending', a, false), [], evidenceHash([]))).toMatchObject({
      status: 'cleared',
    })
    expect(leadChange(lead('invalid', a), [], evidenceHash([]))).toEqual({ kind: 'none' })
  })
  it('names rules added and dropped', () => {
    expect(changeNote(a, [e('X03', '没有查控')])).toBe(
      '新增 X03 查控不全：没有查控；不再触发 X01 终本过早',
    )
  })
})

describe('fingerprints', () => {
  it('do not change only because a day passed', () => {
    const day1 = x06.evaluate(input({}, []), ctx({ today: '2024-12-21' }))
    const day2 = x06.evaluate(input({}, []), ctx({ today: '2024-12-22' }))
    expect(day1).toMatchObject({ outcome: 'raised' })
    expect((day1 as { evidence: string }).evidence).not.toBe(
      (day2 as { evidence: string }).evidence,
    )
    expect((day1 as { fingerprint: string }).fingerprint).toBe(
      (day2 as { fingerprint: string }).fingerprint,
    )
  })
})

describe('rules not evaluable for a batch', () => {
  it('names the missing columns and sheets', () => {
    const sheets = [
      {
        role: 'cases' as const,
        columns: [
          { field: 'caseNo' },
          { field: 'filingDate' },
          { field: 'closingMethod' },
          { field: 'closingDate' },
        ],
      },
    ]
    const out = notEvaluableRules(sheets)
    expect(out.find((n) => n.rule === 'X01')).toBeUndefined()
    expect(out.find((n) => n.rule === 'X02')).toEqual({
      rule: 'X02',
      name: '终本前要件缺失',
      missing: ['执行措施/节点表'],
    })
    expect(out.find((n) => n.rule === 'X08')?.missing).toEqual(['执行款台账表'])
    expect(out.find((n) => n.rule === 'X07B')?.missing).toEqual(['收案日期', '执行措施/节点表'])
  })
})
