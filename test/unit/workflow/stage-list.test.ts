import fs from 'node:fs'
import path from 'node:path'
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Database } from '../../../src/db/database.js'
import { IS_OPEN } from '../../../src/queue/queue.repository.js'
import { STAGES, TERMINAL_STAGES } from '../../../src/workflow/stages.js'

/**
 * The stage list is written three times: STAGES, the CHECK on applications.stage and the queue's
 * partial-index predicates, which IS_OPEN must reproduce literally and in the same order so that
 * the planner can prove them. Migrations are never edited, so a change to STAGES needs a new one.
 */
const MIGRATIONS = path.resolve(import.meta.dirname, '../../../migrations')
const migrations = fs
  .readdirSync(MIGRATIONS)
  .filter((f) => f.endsWith('.sql'))
  .sort()
  .map((f) => ({ file: f, sql: fs.readFileSync(path.join(MIGRATIONS, f), 'utf8') }))

const quoted = (list: string) => [...list.matchAll(/'([^']*)'/g)].map((m) => m[1])

function matches(pattern: RegExp): { file: string; text: string; list: string }[] {
  return migrations.flatMap(({ file, sql }) =>
    [...sql.matchAll(pattern)].map((m) => ({ file, text: m[0], list: m[1]! })),
  )
}

/** IS_OPEN as PostgreSQL receives it, compiled without a database. */
function compiledIsOpen(): string {
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  })
  return IS_OPEN.compile(db).sql
}

describe('the stage list in the migrations', () => {
  it('is the CHECK on applications.stage, in the same order', () => {
    const checks = matches(/check \(stage in \(([^)]*)\)\)/g)
    // the latest migration that sets it is the one in force
    expect(checks.length).toBeGreaterThan(0)
    expect(quoted(checks.at(-1)!.list)).toEqual([...STAGES])
  })

  it('seeds a count row for every stage', () => {
    const seeded = matches(/unnest\(array\[([^\]]*)\]\)/g)
    expect(seeded).toHaveLength(1)
    expect(quoted(seeded[0]!.list)).toEqual([...STAGES])
  })

  it("is IS_OPEN's predicate, literally, in every partial index on open stages", () => {
    const predicates = matches(/where stage not in \(([^)]*)\)/g)
    expect(predicates.length).toBeGreaterThanOrEqual(3)
    for (const p of predicates) {
      expect(quoted(p.list)).toEqual([...TERMINAL_STAGES])
      expect(compiledIsOpen()).toBe(`applications.${p.text.replace(/^where /, '')}`)
    }
  })
})
