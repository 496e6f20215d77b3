/**
 * Splits a migration file into single statements. Needed because PGlite's `query` (used through
 * kysely) runs one statement at a time. Understands '…' and "…" quoting, $tag$…$tag$ bodies,
 * -- line comments and /* block comments *\/, so semicolons inside them do not split.
 */
export function splitSqlStatements(source: string): string[] {
  const statements: string[] = []
  let current = ''
  let i = 0
  while (i < source.length) {
    const rest = source.slice(i)
    const skip = matchQuotedOrComment(rest)
    if (skip !== undefined) {
      current += rest.slice(0, skip)
      i += skip
      continue
    }
    const ch = source[i]!
    if (ch === ';') {
      pushStatement(statements, current)
      current = ''
    } else {
      current += ch
    }
    i += 1
  }
  pushStatement(statements, current)
  return statements
}

/** Length of the quoted string, dollar-quoted body or comment starting at `text[0]`, if any. */
function matchQuotedOrComment(text: string): number | undefined {
  if (text.startsWith('--')) {
    const end = text.indexOf('\n')
    return end === -1 ? text.length : end + 1
  }
  if (text.startsWith('/*')) {
    const end = text.indexOf('*/', 2)
    if (end === -1) throw new Error('Unterminated /* comment in SQL')
    return end + 2
  }
  const quote = text[0]
  if (quote === "'" || quote === '"') {
    let j = 1
    while (j < text.length) {
      if (text[j] === quote) {
        if (text[j + 1] === quote) j += 2
        else return j + 1
      } else j += 1
    }
    throw new Error(`Unterminated ${quote} quote in SQL`)
  }
  const tag = /^\$[A-Za-z_]*\$/.exec(text)?.[0]
  if (tag) {
    const end = text.indexOf(tag, tag.length)
    if (end === -1) throw new Error(`Unterminated ${tag} body in SQL`)
    return end + tag.length
  }
  return undefined
}

function pushStatement(statements: string[], text: string): void {
  const withoutComments = text.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '')
  if (withoutComments.trim() !== '') statements.push(text.trim())
}
