/**
 * What a person can type, and nothing else. C0 and C1 control characters other than tab, line
 * feed and carriage return are removed: nobody types them, PostgreSQL refuses NUL in text and jsonb
 * (a NUL that passed a wizard step made every later submit fail), and they corrupt CSV and PDF
 * output. The Unicode bidi embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069) are removed too, so a name cannot reverse how the text after it reads on a staff
 * screen or in an issued document. Lone surrogates never reach here: FormData values are
 * well-formed (U+FFFD instead).
 */
const NOT_TYPED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

export function cleanText(value: string): string {
  return value.replace(NOT_TYPED, '')
}

/** The characters cleanText removes, for tests and for explaining the rule. */
export const REMOVED_CHARACTERS: readonly string[] = [
  ...range(0x00, 0x08),
  0x0b,
  0x0c,
  ...range(0x0e, 0x1f),
  ...range(0x7f, 0x9f),
  ...range(0x202a, 0x202e),
  ...range(0x2066, 0x2069),
].map((code) => String.fromCharCode(code))

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}
