import { createHash } from 'node:crypto'
import { findRule } from './rules/index.js'
import type { LeadEvidence, LeadStatus } from './lead.table.js'

export type ExistingLead = {
  id: string
  status: LeadStatus
  evidence: LeadEvidence[]
  evidence_hash: string
  decided_hash: string | null
}

export type LeadChange =
  | { kind: 'none' }
  | { kind: 'insert' }
  | { kind: 'update'; status: LeadStatus; changeNote: string | null }

export function evidenceHash(evidence: LeadEvidence[]): string {
  const stable = evidence.map((e) => [e.rule, e.fingerprint])
  return createHash('sha256').update(JSON.stringify(stable)).digest('hex')
}

/**
 * What becomes of a case's lead after an evaluation. A 无效 lead stays 无效 while its evidence
 * matches what the reviewer judged; when it changes it goes back to 待初筛 with what changed. A 有效
 * lead keeps its decision (its case is open) and records the change. A lead no rule raises any more
 * is 已消除 unless someone decided on it.
 */
export function leadChange(
  existing: ExistingLead | undefined,
  evidence: LeadEvidence[],
  hash: string,
): LeadChange {
  if (!existing) return evidence.length ? { kind: 'insert' } : { kind: 'none' }
  if (evidence.length === 0) {
    return existing.status === 'pending'
      ? { kind: 'update', status: 'cleared', changeNote: null }
      : { kind: 'none' }
  }
  if (hash === existing.evidence_hash && existing.status !== 'cleared') return { kind: 'none' }
  const note = changeNote(existing.evidence, evidence)
  if (existing.status === 'invalid') {
    if (hash === existing.decided_hash)
      return { kind: 'update', status: 'invalid', changeNote: null }
    return { kind: 'update', status: 'pending', changeNote: `初筛为无效后证据有变化：${note}` }
  }
  if (existing.status === 'valid') return { kind: 'update', status: 'valid', changeNote: note }
  return {
    kind: 'update',
    status: 'pending',
    changeNote: existing.status === 'cleared' ? null : note,
  }
}

/** "新增 X03 查控不全；X08 执行款超期未发放 的证据由「…」变为「…」；不再触发 X01 终本过早". */
export function changeNote(before: LeadEvidence[], after: LeadEvidence[]): string {
  const name = (id: string) => `${id} ${findRule(id)?.name ?? ''}`.trim()
  const old = new Map(before.map((e) => [e.rule, e]))
  const now = new Map(after.map((e) => [e.rule, e]))
  const parts: string[] = []
  for (const e of after) {
    const was = old.get(e.rule)
    if (!was) parts.push(`新增 ${name(e.rule)}：${e.evidence}`)
    else if (was.fingerprint !== e.fingerprint)
      parts.push(`${name(e.rule)} 的证据由「${was.evidence}」变为「${e.evidence}」`)
  }
  for (const e of before) if (!now.has(e.rule)) parts.push(`不再触发 ${name(e.rule)}`)
  return parts.join('；') || '证据文字有更新'
}
