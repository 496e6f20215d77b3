import type { CaseInput, RefEntry, RefKind } from '../../../src/leads/rules/rule-types.js'

export const ALL_KINDS: ReadonlySet<RefKind> = new Set([
  'dishonest',
  'restriction',
  'zb_public',
  'death',
  'bankruptcy',
  'travel',
  'property',
])

export function entry(kind: RefKind, date: string, over: Partial<RefEntry> = {}): RefEntry {
  return {
    kind,
    party: '张三',
    caseNo: null,
    date,
    endDate: null,
    termYears: null,
    category: null,
    detail: null,
    extra: null,
    direction: null,
    counterparty: null,
    amount: null,
    list: { source: '中国执行信息公开网', obtainedOn: '2024-12-01' },
    ...over,
  }
}

/** The case with these matched entries, every kind of list imported unless `kinds` says otherwise. */
export function withRefs(
  input: CaseInput,
  entries: RefEntry[],
  kinds: ReadonlySet<RefKind> = ALL_KINDS,
  resumedBy: string | null = null,
): CaseInput {
  return { ...input, refs: { imported: kinds, entries, resumedBy } }
}
