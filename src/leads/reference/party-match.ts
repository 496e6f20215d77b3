/**
 * Whether an entry of a reference list (失信名单, 死亡名单 …) is one of a case's 被执行人. Public lists
 * mask the middle of an ID (4101**********1234), so an identifier matches another when every digit
 * both show is equal and at least MIN_SHARED digits are shown by both; a masked number never decides
 * alone — the name must be equal too (issue 15: "masked identifiers match on name plus the visible
 * digits, never on a masked number alone"). A person is never matched on a name alone; an
 * organisation's full name is distinctive enough when either side has no identifier.
 */
export const MIN_SHARED = 6

export type CaseParties = { names: string[]; ids: string[] }
export type ListParty = { name: string; id: string | null }

export function normalName(name: string): string {
  return name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')
}

const ORGANISATION =
  /公司|厂|合作社|中心|集团|商行|经营部|门市|事务所|协会|委员会|学校|医院|银行|店$/

export function isOrganisationName(name: string): boolean {
  return ORGANISATION.test(name)
}

export function idsCompatible(a: string, b: string): boolean {
  const x = a.toUpperCase()
  const y = b.toUpperCase()
  if (!x.includes('*') && !y.includes('*')) return x === y
  if (x.length !== y.length) return false
  let shared = 0
  for (let i = 0; i < x.length; i++) {
    if (x[i] === '*' || y[i] === '*') continue
    if (x[i] !== y[i]) return false
    shared += 1
  }
  return shared >= MIN_SHARED
}

/** The case's 被执行人 the entry is, or undefined. */
export function matchParty(c: CaseParties, entry: ListParty): string | undefined {
  const want = normalName(entry.name)
  const index = c.names.findIndex((n) => normalName(n) === want)
  if (index < 0) return undefined
  const name = c.names[index]!
  // the ID column pairs with the names when the court gave one number per 被执行人
  const ids = c.ids.length === c.names.length ? [c.ids[index]!] : c.ids
  if (entry.id !== null && ids.length > 0)
    return ids.some((id) => idsCompatible(id, entry.id!)) ? name : undefined
  return isOrganisationName(want) ? name : undefined
}
