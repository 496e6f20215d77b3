import type { FieldCrypto } from '../../crypto/field-encryption.js'
import type { Db } from '../../db/database.js'
import type { RefEntry, RefFacts, RefKind } from '../rules/rule-types.js'
import { NO_REFS } from '../rules/rule-types.js'
import { matchParty, normalName } from './party-match.js'
import {
  findEntriesNamed,
  findIdentifiersOf,
  findResumptions,
  type NamedEntryRow,
} from './reference-match.repository.js'

export type PageCase = {
  id: string
  court_code: string
  case_no: string
  basis_doc_no: string | null
  closing_method: string | null
  respondents: unknown
}

const namesOf = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : [])

/**
 * What the reference lists say about each case of a page: one query for the entries bearing a
 * respondent's name, then — only for the cases that have such an entry — their identifiers,
 * decrypted to compare the digits a masked list shows (party-match.ts). Nothing decrypted is kept.
 */
export async function loadPageRefs(
  db: Db,
  crypto: FieldCrypto,
  page: PageCase[],
  kinds: ReadonlySet<RefKind>,
): Promise<Map<string, RefFacts>> {
  const out = new Map<string, RefFacts>()
  if (kinds.size === 0) return out
  // list names are stored normalised (reference-parse.ts); court names are looked up the same way
  const names = [...new Set(page.flatMap((c) => namesOf(c.respondents).map(normalName)))]
  const byName = new Map<string, NamedEntryRow[]>()
  for (const e of await findEntriesNamed(db, names))
    byName.set(e.name, [...(byName.get(e.name) ?? []), e])
  const candidates = page.filter((c) =>
    namesOf(c.respondents).some((n) => byName.has(normalName(n))),
  )
  const ids = new Map<string, string[]>()
  for (const r of await findIdentifiersOf(
    db,
    candidates.map((c) => c.id),
  ))
    ids.set(r.case_id, [...(ids.get(r.case_id) ?? []), crypto.decrypt(r.value_encrypted)])
  const resumed = kinds.has('property')
    ? await findResumptions(
        db,
        candidates.filter((c) => c.closing_method === '终结本次执行程序'),
      )
    : new Map<string, string>()
  for (const c of page) {
    const parties = { names: namesOf(c.respondents), ids: ids.get(c.id) ?? [] }
    const entries: RefEntry[] = []
    for (const n of parties.names)
      for (const row of byName.get(normalName(n)) ?? []) {
        const id = row.id_encrypted ? crypto.decrypt(row.id_encrypted) : null
        const party = matchParty(parties, { name: row.name, id })
        if (party) entries.push(entryOf(row, party))
      }
    out.set(c.id, { imported: kinds, entries, resumedBy: resumed.get(c.id) ?? null })
  }
  return out
}

export function refsOf(map: Map<string, RefFacts>, caseId: string, kinds: ReadonlySet<RefKind>) {
  return map.get(caseId) ?? (kinds.size ? { ...NO_REFS, imported: kinds } : NO_REFS)
}

const num = (v: string | null) => (v === null ? null : Number(v))

function entryOf(row: NamedEntryRow, party: string): RefEntry {
  return {
    kind: row.kind,
    party,
    caseNo: row.case_no,
    date: row.entry_date,
    endDate: row.end_date,
    termYears: num(row.term_years),
    category: row.category,
    detail: row.detail,
    extra: row.extra,
    direction: row.direction,
    counterparty: row.counterparty,
    amount: num(row.amount),
    list: { source: row.source, obtainedOn: row.obtained_on },
  }
}
