/** The statistics page read back as a person sees it: its tables and figures, and CSV exports. */

/** The page's tables as text: { tableId: rows of cells } (the header row first). */
export function tablesOf(html: string): Record<string, string[][]> {
  const out: Record<string, string[][]> = {}
  for (const m of html.matchAll(
    /<table class="case-table" data-table="([^"]+)">([\s\S]*?)<\/table>/g,
  )) {
    const rows = [...m[2]!.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
        cell[1]!
          .replace(/<[^>]+>/g, '')
          .replace(/&amp;/g, '&')
          .trim(),
      ),
    )
    out[m[1]!] = rows
  }
  return out
}

export function figureRows(html: string): Record<string, [string, string]> {
  const out: Record<string, [string, string]> = {}
  for (const m of html.matchAll(/<tr data-figure="([^"]+)">([\s\S]*?)<\/tr>/g)) {
    const cells = [...m[2]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((x) =>
      x[1]!.replace(/<[^>]+>/g, '').trim(),
    )
    out[m[1]!] = [cells[0]!, cells[1]!]
  }
  return out
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++)
      else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') (row.push(cell), (cell = ''))
    else if (ch === '\r') continue
    else if (ch === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''))
    else cell += ch
  }
  return rows
}
