import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cite, citeAll, LEGAL_BASES, type LegalBasis } from '../../../src/kernel/legal-bases.js'
import {
  chineseNumber,
  INSTRUMENTS,
  type Instrument,
  parseChineseNumber,
  REPEALED_ALIASES,
} from '../../../src/kernel/legal-citation.js'

/**
 * CONVENTIONS habit 17 (docs/decisions/036-legal-bases-table.md): every citation written in src/
 * or views/ — "规则 第七十三条", "《中华人民共和国网络安全法》第二十三条第（三）项", a template such as
 * `${RULES}第十九条` — must be a row of the table of legal bases, and a citation of the repealed 2013
 * 试行 rules fails outright.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..')
/** The table itself quotes the law; it is what the scan checks against (every legal-bases*.ts). */
const TABLE_FILES = [
  ...fs
    .readdirSync(path.join(ROOT, 'src/kernel'))
    .filter((f) => /^legal-bas(es|is)[\w-]*\.ts$/.test(f))
    .map((f) => `src/kernel/${f}`),
  'src/kernel/legal-citation.ts',
]

/** Names a file gives an instrument in code (a constant holding its title). */
const CODE_ALIASES: Record<string, Instrument> = {
  RULES: 'rules',
  TWO_COURTS: 'joint',
  JOINT_RULES: 'joint',
  CPL: 'cpl',
  PIPL: 'pipl',
  EXEC_INTERPRETATION: 'execInterpretation',
}
const REPEALED = 'repealed'
type Named = Instrument | typeof REPEALED

const ALIASES: { alias: string; instrument: Named }[] = [
  ...Object.entries(INSTRUMENTS).flatMap(([key, i]) =>
    i.aliases.map((alias) => ({ alias, instrument: key as Instrument })),
  ),
  ...Object.entries(CODE_ALIASES).map(([alias, instrument]) => ({ alias, instrument })),
  ...REPEALED_ALIASES.map((alias) => ({ alias, instrument: REPEALED as Named })),
]
/** How far before an article its instrument may be named (a list such as 第十二条、第十四条、第十七条). */
const WINDOW = 60
const N = '[零一二三四五六七八九十百]+'
const ARTICLE = new RegExp(`第(${N})条(?:第(${N})款)?(?:第?（(${N})）项?|第(${N})项)?`, 'g')

export type Citation = {
  line: number
  instrument?: Named
  article: number
  item?: number
  raw: string
}

export function citationsIn(text: string): Citation[] {
  const names = ALIASES.flatMap(({ alias, instrument }) =>
    [...text.matchAll(new RegExp(alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({
      end: m.index + alias.length,
      length: alias.length,
      instrument,
    })),
  )
  return [...text.matchAll(ARTICLE)].map((m) => {
    const before = names
      .filter((n) => n.end <= m.index && n.end >= m.index - WINDOW)
      .sort((a, b) => b.end - a.end || b.length - a.length)[0]
    const item = m[3] ?? m[4]
    return {
      line: text.slice(0, m.index).split('\n').length,
      ...(before ? { instrument: before.instrument } : {}),
      article: parseChineseNumber(m[1]!),
      ...(item ? { item: parseChineseNumber(item) } : {}),
      raw: m[0],
    }
  })
}

const ROWS: readonly LegalBasis[] = Object.values(LEGAL_BASES)

/** Why a citation is not in the table, or undefined when it is. */
export function problemOf(c: Citation): string | undefined {
  if (c.instrument === REPEALED) return 'cites the repealed 2013 试行 rules'
  const rows = ROWS.filter(
    (r) => r.article === c.article && (!c.instrument || r.instrument === c.instrument),
  )
  if (rows.length === 0)
    return `${c.instrument ?? 'an unnamed instrument'} ${c.raw} is not in the table`
  if (c.item !== undefined && !rows.some((r) => r.items?.includes(c.item!)))
    return `${c.raw}: item ${c.item} is not in the table`
  return undefined
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name)
    if (e.isDirectory()) return filesUnder(rel)
    return /\.(ts|tsx)$/.test(e.name) ? [rel] : []
  })
}

describe('the table of legal bases', () => {
  it('holds every citation written in src/ and views/', () => {
    const files = [...filesUnder('src'), ...filesUnder('views')].filter(
      (f) => !TABLE_FILES.includes(f),
    )
    const problems = files.flatMap((file) => {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8')
      return citationsIn(text).flatMap((c) => {
        const problem = problemOf(c)
        return problem ? [`${file}:${c.line}: ${problem}`] : []
      })
    })
    expect(problems).toEqual([])
  })

  it('names files that exist where each basis is used', () => {
    const missing = ROWS.flatMap((r) => r.usedIn).filter((f) => !fs.existsSync(path.join(ROOT, f)))
    expect(missing).toEqual([])
  })

  it('catches what the review found: stale, repealed and unknown citations', () => {
    const found = (text: string) => citationsIn(text).map(problemOf)
    expect(found('// 2013 试行 第七十五条: grounds')).toEqual([
      'cites the repealed 2013 试行 rules',
    ])
    expect(found('// 监督规则 第一百条: the 通知书')[0]).toMatch(/not in the table/)
    expect(found('《中华人民共和国网络安全法》第二十一条')[0]).toMatch(/not in the table/)
    expect(found('《中华人民共和国网络安全法》第二十三条第（三）项')).toEqual([undefined])
    expect(found('规则第三十二条第（五）项')[0]).toMatch(/item 5/)
    expect(found('`${RULES}第七十三条第（二）项`')).toEqual([undefined])
  })
})

describe('cite', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [26, '二十六'],
    [100, '一百'],
    [106, '一百零六'],
    [110, '一百一十'],
    [246, '二百四十六'],
  ])('writes %i as %s and reads it back', (n, text) => {
    expect(chineseNumber(n)).toBe(text)
    expect(parseChineseNumber(text)).toBe(n)
  })

  it('writes the instrument once for a run of its articles', () => {
    expect(citeAll(['rules26', { key: 'rules32', item: 1 }, 'rules33'])).toBe(
      '《人民检察院民事诉讼监督规则》第二十六条、第三十二条第（一）项、第三十三条',
    )
    expect(cite({ key: 'cybersecurity23', item: 3 }, 'short')).toBe(
      '网络安全法第二十三条第（三）项',
    )
  })

  it('refuses an item the table does not hold', () => {
    expect(() => cite({ key: 'rules32', item: 5 })).toThrow(RangeError)
  })
})
