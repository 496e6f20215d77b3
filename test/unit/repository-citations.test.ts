import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The repository explains itself: a comment or document may cite only documents the repository
 * contains (docs/product.md, docs/domain-rules.md, docs/decisions/, README files), and a cited
 * section (`docs/product.md §9`, `docs/domain-rules.md §1.14`) must be a heading of that file.
 *
 * The patterns below are written so that this file does not match them itself; the checks of the
 * checker build their samples with `md()` and string concatenation for the same reason.
 */

const ROOT = path.resolve(import.meta.dirname, '../..')

/** What is read: every text file under these folders, and these files. */
const SCANNED = ['src', 'views', 'test', 'bench', 'migrations', 'docs', '.ci', 'README.md']

/** Citations of documents that live outside the repository, by their tell-tale form. */
const OUTSIDE: readonly { pattern: RegExp; what: string }[] = [
  {
    // No \b in front: in a string such as "\n…" the escape puts a letter right before it.
    pattern: /SPEC\s*§/g,
    what: 'cites the old specification outside the repository (use docs/product.md §n)',
  },
  {
    pattern: /(?<![\w./-])domain[- ]rules\s*§/g,
    what: 'cites the research notes outside the repository (use docs/domain-rules.md §n)',
  },
  {
    // an import of a module of src/kernel (a path ending in a .js file name) is not a citation
    pattern: /(?:\.\.\/)+shared(?=\/|\b(?!\.))|\/work\/shared\b/g,
    what: 'points into the shared area outside the repository',
  },
]

/** Sections are checked in these documents (a path from the repository root). */
const SECTIONED = ['docs/product.md', 'docs/domain-rules.md']

export type Finding = { file: string; line: number; what: string }

export type Repo = {
  /** whether a repository path (posix, from the root) exists */
  exists(repoPath: string): boolean
  /** the section numbers of a document's headings ("9", "1.14"), or undefined if not sectioned */
  sections(repoPath: string): ReadonlySet<string> | undefined
}

/** Section numbers of markdown headings such as `## 9. Workflow` or `### 1.14 Outcomes`. */
export function headingSections(markdown: string): Set<string> {
  const found = new Set<string>()
  for (const m of markdown.matchAll(/^#{1,6}\s+§?\s*(\d+(?:\.\d+)*)\.?(?=\s)/gm)) found.add(m[1]!)
  return found
}

const URL = /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi
const MD_FILE = /(?<![\w./-])(?:\.{1,2}\/)*\w[\w./-]*\.md\b/g
const MD_LINK = /\]\(([^)\s]+)\)/g
const SECTION_CITATION = /([\w./-]*\.md)((?:\s*(?:,|–|-|\/|and)?\s*§\s?\d+(?:\.\d+)*)+)/g

function resolveFrom(file: string, target: string, repo: Repo): string | undefined {
  const fromRoot = path.posix.normalize(target)
  const fromHere = path.posix.normalize(path.posix.join(path.posix.dirname(file), target))
  return [fromRoot, fromHere].find((p) => !p.startsWith('..') && repo.exists(p))
}

/** Every citation on every line of one file that the repository cannot answer. */
export function checkText(file: string, text: string, repo: Repo): Finding[] {
  const findings: Finding[] = []
  const lines = text.split('\n')
  lines.forEach((raw, i) => {
    const line = i + 1
    const add = (what: string) => findings.push({ file, line, what })
    // Web addresses are not citations; a string escape (\n, \t) is not part of the next word.
    const withoutUrls = raw.replace(URL, ' ').replace(/\\[nrt]/g, ' ')
    for (const { pattern, what } of OUTSIDE) {
      for (const m of withoutUrls.matchAll(pattern)) add(`${what}: “${m[0]}”`)
    }
    // In markdown, a link is checked as a link (and its target not again as a bare name).
    const linked = new Set<string>()
    if (file.endsWith('.md')) {
      for (const m of withoutUrls.matchAll(MD_LINK)) {
        const target = decodeURI(m[1]!.replace(/#.*$/, ''))
        if (target === '' || /^[a-z]+:/i.test(target)) continue
        linked.add(target)
        if (!resolveFrom(file, target, repo)) add(`links to a path that does not exist: ${m[1]}`)
      }
    }
    for (const m of withoutUrls.matchAll(MD_FILE)) {
      if (linked.has(m[0]) || resolveFrom(file, m[0], repo)) continue
      add(`names a document the repository does not contain: ${m[0]}`)
    }
    for (const m of withoutUrls.matchAll(SECTION_CITATION)) {
      const doc = resolveFrom(file, m[1]!, repo)
      const sections = doc === undefined ? undefined : repo.sections(doc)
      if (!sections) continue
      for (const s of m[2]!.matchAll(/§\s?(\d+(?:\.\d+)*)/g)) {
        if (!sections.has(s[1]!)) add(`cites ${doc} §${s[1]}, which has no such section heading`)
      }
    }
  })
  return findings
}

function isText(buffer: Buffer): boolean {
  return !buffer.subarray(0, 8000).includes(0)
}

function walk(rel: string): string[] {
  const abs = path.join(ROOT, rel)
  if (!fs.existsSync(abs)) return []
  if (fs.statSync(abs).isFile()) return [rel]
  return fs
    .readdirSync(abs, { withFileTypes: true })
    .filter((e) => e.name !== 'node_modules')
    .flatMap((e) => walk(`${rel}/${e.name}`))
}

const diskRepo: Repo = {
  exists: (p) => fs.existsSync(path.join(ROOT, p)),
  sections: (() => {
    const cache = new Map<string, Set<string>>()
    return (p: string) => {
      if (!SECTIONED.includes(p) || !fs.existsSync(path.join(ROOT, p))) return undefined
      if (!cache.has(p)) cache.set(p, headingSections(fs.readFileSync(path.join(ROOT, p), 'utf8')))
      return cache.get(p)
    }
  })(),
}

describe('repository citations', () => {
  const files = SCANNED.flatMap(walk)

  it('reads the tree it is meant to read', () => {
    expect(files).toContain('README.md')
    expect(files.some((f) => f.startsWith('src/'))).toBe(true)
  })

  it('cites only documents, and sections, that the repository contains', () => {
    const findings = files.flatMap((file) => {
      const buffer = fs.readFileSync(path.join(ROOT, file))
      return isText(buffer) ? checkText(file, buffer.toString('utf8'), diskRepo) : []
    })
    const report = findings.map((f) => `${f.file}:${f.line}: ${f.what}`)
    expect(report, `${report.length} citation(s) the repository cannot answer`).toEqual([])
  })
})

describe('repository citations: the checker itself', () => {
  const md = (name: string) => `${name}.md`
  const fake: Repo = {
    exists: (p) =>
      [
        md('docs/product'),
        md('docs/domain-rules'),
        md('README'),
        md('bench/README'),
        'src/app.ts',
      ].includes(p),
    sections: (p) =>
      p === md('docs/product')
        ? new Set(['0', '8', '9', '14'])
        : p === md('docs/domain-rules')
          ? new Set(['1', '1.1', '1.14'])
          : undefined,
  }
  const whatOf = (file: string, text: string) =>
    checkText(file, text, fake).map((f) => `${f.line} ${f.what}`)
  const S = 'SP' + 'EC'
  const DR = 'domain' + '-rules'
  const SHARED = '../../sha' + 'red'

  it('flags the old citations and passes their rewritten form', () => {
    expect(whatOf('src/a.ts', `// ${S} §8 and ${S} §9`)).toHaveLength(2)
    expect(whatOf('src/a.ts', `// see ${md(S)}`)).toHaveLength(1)
    expect(whatOf('bench/a.ts', '`\\n' + S + ' §14: queue p95`')).toHaveLength(1)
    expect(whatOf('bench/a.ts', '`\\n' + md('docs/product') + ' §14: queue p95`')).toEqual([])
    expect(whatOf('src/a.ts', `// (${md(`reference/${DR}`)} §1.2)`)).toHaveLength(1)
    expect(whatOf('src/a.ts', `// (${DR} §1.14), ${DR.replace('-', ' ')} §1.9`)).toHaveLength(2)
    expect(whatOf('src/a.ts', `// ${md('CONVENTIONS')} item 16`)).toHaveLength(1)
    expect(whatOf('src/a.ts', `// see ${SHARED}/x`)).toHaveLength(1)
    expect(
      whatOf('src/a.ts', `// ${md('docs/product')} §8, §9 and ${md('docs/domain-rules')} §1.14`),
    ).toEqual([])
  })

  it('leaves imports of a module called shared alone', () => {
    expect(whatOf('views/a.tsx', `import { X } from '../` + `shared.js'`)).toEqual([])
    const outside = ['//', 'see', ['..', '..', 'shared', 'reference', 'x' + '.md'].join('/')].join(
      ' ',
    )
    expect(whatOf('src/a/b.ts', outside)).not.toEqual([])
  })

  it('flags a section the document does not have, in lists and ranges too', () => {
    expect(whatOf('src/a.ts', `// ${md('docs/product')} §4–§9`)).toEqual([
      `1 cites ${md('docs/product')} §4, which has no such section heading`,
    ])
    expect(whatOf('src/a.ts', `/* ${md('docs/domain-rules')} §1.1, §1.2 */`)).toEqual([
      `1 cites ${md('docs/domain-rules')} §1.2, which has no such section heading`,
    ])
  })

  it('resolves documents from the root and from the citing file, and ignores web addresses', () => {
    expect(whatOf('bench/x.ts', `// ${md('bench/README')}`)).toEqual([])
    expect(whatOf(md('bench/x'), `see [the bench notes](${md('README')})`)).toEqual([])
    expect(
      whatOf(md('docs/x'), `see [the app](../src/app.ts) and [gone](${md('../nope')}#a)`),
    ).toEqual([`1 links to a path that does not exist: ${md('../nope')}#a`])
    expect(whatOf('src/a.ts', `// ${SHARED}/${md(S)}`)).toHaveLength(2)
    expect(whatOf('src/a.ts', `// https://example.org/${md(S)}`)).toEqual([])
  })

  it('reads section numbers from headings', () => {
    const sections = headingSections(
      '# Title\n\n## 0. What\n\n### 1.14 Outcomes\n## §9 Work\ntext 3. no\n',
    )
    expect([...sections]).toEqual(['0', '1.14', '9'])
  })
})
