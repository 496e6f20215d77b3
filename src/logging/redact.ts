/**
 * Last line of defence for logs: anything that looks like an ID number, a bank account, a mobile
 * number or an email address is masked before a line is written. Callers still must not pass personal
 * data on purpose; this catches what slips through inside third-party error messages (e.g. a database
 * driver echoing the input it rejected). Word-bounded so request ids (UUIDs) stay intact.
 */
const LONG_NUMBER = /(?<![\w-]|\d\.)\d{14,18}[\dXx]?(?![\w-]|\.\d)/g
const MOBILE = /(?<![\w-]|\d\.)(?:\+?86[-\s]?)?1[3-9]\d{9}(?![\w-]|\.\d)/g
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g

/** Cheap pre-check: most lines (access lines) hold no long digit run and no @, and skip the rest. */
const MAYBE_PERSONAL = /\d{11}|@/

export function redact(text: string): string {
  if (!MAYBE_PERSONAL.test(text)) return text
  return text
    .replace(LONG_NUMBER, (m) => `${m.slice(0, 4)}${'*'.repeat(m.length - 8)}${m.slice(-4)}`)
    .replace(MOBILE, (m) => `${m.slice(0, -11)}${m.slice(-11, -8)}****${m.slice(-4)}`)
    .replace(EMAIL, (m) => `${m.slice(0, 1)}***@${m.split('@')[1] ?? ''}`)
}
