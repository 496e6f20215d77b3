const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * Whether `value` is a uuid as PostgreSQL prints one (lower case, hyphenated), which is how every
 * link and form of the app carries it. Checked before a query so that a malformed id from a URL or
 * a form is "not found", never a failed cast in the database. Lower-case first where a hand-typed
 * upper-case id should still be found.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value)
}
