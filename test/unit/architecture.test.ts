import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The layering of docs/architecture.md, checked on the import graph of src/ and views/.
 *
 * Each rule names the files it applies to (`from`, minus `except`) and the files they must not
 * import at run time (`to`). Patterns are repository paths: `*` matches within one folder name,
 * `**` across folders. Type-only imports (`import type`, `export type`, and `import('…').Name` in a
 * type position) are always allowed: they vanish when TypeScript is compiled. An import whose braces
 * hold only `type` names is NOT type-only here: under `verbatimModuleSyntax` it still loads the module.
 */
type LayerRule = {
  name: string
  why: string
  from: readonly string[]
  except?: readonly string[]
  to: readonly string[]
  /** imported files the rule allows although `to` names them */
  exceptTo?: readonly string[]
}

export const LAYER_RULES: readonly LayerRule[] = [
  {
    name: 'views take props',
    why: 'a view renders what it is given; it may name types from src/, never call into it',
    from: ['views/**'],
    to: ['src/**'],
    // The pure kernel (China time, file sizes, ids, the tracking code): no db, no deps, no I/O.
    exceptTo: ['src/kernel/**'],
  },
  {
    name: 'domain code knows no screen',
    why: 'only the HTTP edge renders pages; services may render paper (views/documents) and email (views/emails)',
    from: ['src/**'],
    except: [
      'src/**/*.routes.ts',
      'src/**/*.routes.tsx',
      'src/http/**',
      'src/app.ts',
      'src/server.ts',
      // The action table's entries pair each staff action's form page with its service: edge code,
      // registered as routes by actions/action-routes.ts.
      'src/actions/*-actions.tsx',
    ],
    to: ['views/pages/**', 'views/components/**', 'views/layout.tsx'],
  },
]

/** The folders whose files are read; imports into anything else (node_modules, test/) are ignored. */
const SCANNED = ['src', 'views'] as const

const ROOT = path.resolve(import.meta.dirname, '../..')

export type ImportEdge = { from: string; to: string; line: number; typeOnly: boolean }

export function globToRegExp(glob: string): RegExp {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!
    if (ch === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more folders; a trailing `**` anything below.
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += glob[i + 2] === '/' ? 2 : 1
    } else if (ch === '*') re += '[^/]*'
    else re += ch.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

const matchesAny = (file: string, globs: readonly string[] = []) =>
  globs.some((g) => globToRegExp(g).test(file))

function walk(dir: string): string[] {
  const abs = path.join(ROOT, dir)
  if (!fs.existsSync(abs)) return []
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`
    if (entry.isDirectory()) return walk(rel)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [rel] : []
  })
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length

/** Static imports and re-exports at the start of a line, side-effect imports, and import(). */
export function importsOf(text: string): { spec: string; line: number; typeOnly: boolean }[] {
  const found: { spec: string; line: number; typeOnly: boolean }[] = []
  const statics =
    /^(import|export)\s+(type\s+)?(?:[\w$]+\s*,\s*)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\}|[\w$]+)\s+from\s+['"]([^'"]+)['"]/gm
  for (const m of text.matchAll(statics)) {
    found.push({ spec: m[3]!, line: lineAt(text, m.index), typeOnly: Boolean(m[2]) })
  }
  for (const m of text.matchAll(/^import\s+['"]([^'"]+)['"]/gm)) {
    found.push({ spec: m[1]!, line: lineAt(text, m.index), typeOnly: false })
  }
  for (const m of text.matchAll(/(\bawait\s+)?\bimport\(\s*['"]([^'"]+)['"]\s*\)(\s*\.then\b)?/g)) {
    // `import('x').T` in a type annotation is erased; `await import('x')` or `.then` loads it.
    found.push({ spec: m[2]!, line: lineAt(text, m.index), typeOnly: !m[1] && !m[3] })
  }
  return found
}

/** A relative specifier as the repository path it loads (`./x.js` → `dir/x.ts`), or undefined. */
export function resolveImport(fromFile: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), spec))
  const stem = base.replace(/\.(js|jsx|mjs|cjs|ts|tsx)$/, '')
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.d.ts`, `${stem}/index.ts`]
  return (
    candidates.find(
      (c) => fs.existsSync(path.join(ROOT, c)) && fs.statSync(path.join(ROOT, c)).isFile(),
    ) ?? base
  )
}

function importGraph(): { files: string[]; edges: ImportEdge[]; unresolved: string[] } {
  const files = SCANNED.flatMap((dir) => walk(dir))
  const edges: ImportEdge[] = []
  const unresolved: string[] = []
  for (const file of files) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8')
    for (const imp of importsOf(text)) {
      const to = resolveImport(file, imp.spec)
      if (to === undefined) continue
      if (!fs.existsSync(path.join(ROOT, to))) unresolved.push(`${file}:${imp.line} → ${imp.spec}`)
      edges.push({ from: file, to, line: imp.line, typeOnly: imp.typeOnly })
    }
  }
  return { files, edges, unresolved }
}

export function violations(edges: readonly ImportEdge[], rules = LAYER_RULES): string[] {
  const out: string[] = []
  for (const rule of rules) {
    for (const e of edges) {
      if (e.typeOnly) continue
      if (!matchesAny(e.from, rule.from) || matchesAny(e.from, rule.except)) continue
      if (!matchesAny(e.to, rule.to) || matchesAny(e.to, rule.exceptTo)) continue
      out.push(`${rule.name}: ${e.from}:${e.line} imports ${e.to} at run time`)
    }
  }
  return out
}

describe('architecture: the import graph follows docs/architecture.md', () => {
  const graph = importGraph()

  it('reads the tree it is meant to read', () => {
    expect(graph.files.some((f) => f.startsWith('src/'))).toBe(true)
    expect(graph.files.some((f) => f.startsWith('views/'))).toBe(true)
    // A parser that found nothing would let every rule pass.
    expect(graph.edges.filter((e) => !e.typeOnly).length).toBeGreaterThan(graph.files.length / 2)
  })

  it('resolves every relative import it finds', () => {
    expect(graph.unresolved).toEqual([])
  })

  for (const rule of LAYER_RULES) {
    it(`${rule.name} (${rule.why})`, () => {
      expect(violations(graph.edges, [rule])).toEqual([])
    })
  }
})

describe('architecture: the checker itself', () => {
  it('tells type-only imports from run-time ones', () => {
    const text = [
      "import type { A } from '../../src/a.js'",
      "import { b, type B } from '../../src/b.js'",
      "import {\n  c,\n  d,\n} from '../../src/c.js'",
      "export type { E } from '../../src/e.js'",
      "export * from '../../src/f.js'",
      "import '../../src/g.js'",
      "type H = import('../../src/h.js').H",
      "const i = await import('../../src/i.js')",
    ].join('\n')
    expect(importsOf(text).map((i) => [i.spec.split('/').pop(), i.typeOnly, i.line])).toEqual([
      ['a.js', true, 1],
      ['b.js', false, 2],
      ['c.js', false, 3],
      ['e.js', true, 7],
      ['f.js', false, 8],
      ['g.js', false, 9],
      ['h.js', true, 10],
      ['i.js', false, 11],
    ])
  })

  it('matches the patterns of the rules', () => {
    expect(globToRegExp('src/**/*.routes.tsx').test('src/queue/queue.routes.tsx')).toBe(true)
    expect(globToRegExp('src/**/*.routes.tsx').test('src/a/b/c.routes.tsx')).toBe(true)
    expect(globToRegExp('src/**').test('src/http/render.tsx')).toBe(true)
    expect(globToRegExp('src/*.ts').test('src/http/render.ts')).toBe(false)
    expect(globToRegExp('views/layout.tsx').test('views/layoutXtsx')).toBe(false)
  })

  it('reports a page imported by a service, and not by a routes file or the HTTP edge', () => {
    const edge = (from: string, to: string, typeOnly = false): ImportEdge => ({
      from,
      to,
      line: 1,
      typeOnly,
    })
    const found = violations([
      edge('src/review/case.service.ts', 'views/pages/staff/case/case-page.tsx'),
      edge('src/review/case.routes.tsx', 'views/pages/staff/case/case-page.tsx'),
      edge('src/http/render.tsx', 'views/layout.tsx'),
      edge('src/notices/notice.service.ts', 'views/documents/notice.ts'),
      edge('src/queue/digest.service.ts', 'views/emails/digest.ts'),
      edge('src/review/case-view.ts', 'views/components/field-ids.ts', true),
      edge('views/documents/notice.ts', 'src/documents/pdf.ts'),
      edge('views/pages/track/status.tsx', 'src/tracking/status-view.ts', true),
    ])
    expect(found).toEqual([
      'views take props: views/documents/notice.ts:1 imports src/documents/pdf.ts at run time',
      'domain code knows no screen: src/review/case.service.ts:1 imports views/pages/staff/case/case-page.tsx at run time',
    ])
  })
})
