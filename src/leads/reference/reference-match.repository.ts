import type { Db } from '../../db/database.js'
import type { RefKind } from '../rules/rule-types.js'

/** The kinds of which an active list exists: the others make their rules answer 无法判断. */
export async function findImportedKinds(db: Db): Promise<Set<RefKind>> {
  const rows = await db
    .selectFrom('reference_lists')
    .select('kind')
    .distinct()
    .where('status', '=', 'active')
    .execute()
  return new Set(rows.map((r) => r.kind))
}

/** Entries of active lists whose name is one of `names`, with their list's source and date. */
export async function findEntriesNamed(db: Db, names: string[]) {
  if (names.length === 0) return []
  return db
    .selectFrom('reference_entries as e')
    .innerJoin('reference_lists as l', 'l.id', 'e.list_id')
    .select([
      'l.kind',
      'l.source',
      'l.obtained_on',
      'e.name',
      'e.id_encrypted',
      'e.case_no',
      'e.entry_date',
      'e.end_date',
      'e.term_years',
      'e.category',
      'e.detail',
      'e.extra',
      'e.direction',
      'e.counterparty',
      'e.amount',
    ])
    .where('l.status', '=', 'active')
    .where('e.name', 'in', names)
    .execute()
}

export type NamedEntryRow = Awaited<ReturnType<typeof findEntriesNamed>>[number]

export async function findIdentifiersOf(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return []
  return db
    .selectFrom('court_case_identifiers')
    .select(['case_id', 'position', 'value_encrypted'])
    .where('case_id', 'in', caseIds)
    .orderBy('case_id')
    .orderBy('position')
    .execute()
}

/**
 * For X05B: the 恢复执行 cases following these 终本 cases, by 原执行案号 or by the same 执行依据
 * (a 恢执 case is a new case number, 法明传〔2018〕335号).
 */
export async function findResumptions(
  db: Db,
  cases: { id: string; court_code: string; case_no: string; basis_doc_no: string | null }[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  if (cases.length === 0) return out
  const nos = cases.map((c) => c.case_no)
  const docs = cases.flatMap((c) => (c.basis_doc_no ? [c.basis_doc_no] : []))
  const rows = await db
    .selectFrom('court_cases')
    .select(['id', 'court_code', 'case_no', 'prior_case_no', 'basis_doc_no', 'case_kind'])
    .where((eb) =>
      eb.or([
        eb('prior_case_no', 'in', nos),
        ...(docs.length
          ? [eb.and([eb('case_kind', '=', '恢复执行'), eb('basis_doc_no', 'in', docs)])]
          : []),
      ]),
    )
    .execute()
  for (const c of cases) {
    const r = rows.find(
      (r) =>
        r.id !== c.id &&
        r.court_code === c.court_code &&
        (r.prior_case_no === c.case_no ||
          (r.case_kind === '恢复执行' &&
            c.basis_doc_no !== null &&
            r.basis_doc_no === c.basis_doc_no)),
    )
    if (r) out.set(c.id, r.case_no)
  }
  return out
}
