import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.js'
import { createDbFromConfig } from '../../src/db/database.js'
import { verifyPassword } from '../../src/staff/password.js'
import { runEntry } from '../helpers/child-process.js'
import { createTestDb, type TestDb } from '../helpers/test-db.js'
import { TEST_SECRETS } from '../helpers/test-app.js'

/** `npm run staff:create` in its own process, on PGlite or (with DATABASE_URL) a fresh database. */
let dataDir: string
let pgDb: TestDb | undefined
let env: Record<string, string>

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-cli-'))
  pgDb = process.env.DATABASE_URL ? await createTestDb({ empty: true }) : undefined
  env = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    ...TEST_SECRETS,
    ...(pgDb?.url ? { DATABASE_URL: pgDb.url } : {}),
  }
})
afterAll(async () => {
  await pgDb?.close()
  await fs.rm(dataDir, { recursive: true, force: true })
})

const CLI = 'src/staff/staff-create-cli.ts'

async function readAccount(username: string) {
  const handle = createDbFromConfig(loadConfig(env))
  try {
    const account = await handle.db
      .selectFrom('staff_accounts')
      .select(['id', 'display_name', 'roles', 'must_change_password', 'password_hash'])
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
    const audit = await handle.db
      .selectFrom('audit_events')
      .select(['action', 'actor_type', 'details'])
      .where('object_id', '=', account.id)
      .execute()
    return { account, audit }
  } finally {
    await handle.close()
  }
}

describe('npm run staff:create', () => {
  it('creates the account and prints its one-time password once, outside any log line', async () => {
    const run = runEntry(CLI, env, [
      '--username',
      'wangfang',
      '--name',
      '王芳',
      '--roles',
      'intake,reviewer',
    ])
    expect(await run.exited).toBe(0)
    const password = /一次性密码 \/ One-time password：(\w+)/.exec(run.stdout())?.[1]
    expect(password).toMatch(/^\w{20}$/)
    expect(run.stdout().split(password!).length).toBe(2)
    const jsonLines = run
      .stdout()
      .split('\n')
      .filter((l) => l.startsWith('{'))
    expect(jsonLines.some((l) => l.includes(password!))).toBe(false)
    expect(run.stderr()).not.toContain(password!)

    const { account, audit } = await readAccount('wangfang')
    expect(account.display_name).toBe('王芳')
    expect(account.roles).toEqual(['intake', 'reviewer'])
    expect(account.must_change_password).toBe(true)
    expect(await verifyPassword(password!, account.password_hash)).toBe(true)
    expect(audit).toEqual([
      {
        action: 'staff_account.create',
        actor_type: 'system',
        details: { username: 'wangfang', roles: ['intake', 'reviewer'] },
      },
    ])
  }, 60_000)

  it('exits non-zero with a Chinese and English message on a taken username or bad input', async () => {
    const taken = runEntry(CLI, env, [
      '--username',
      'wangfang',
      '--name',
      '另一个',
      '--roles',
      'leader',
    ])
    expect(await taken.exited).toBe(1)
    expect(taken.stderr()).toContain('用户名“wangfang”已被使用，请换一个 / invalid username')
    expect(taken.stdout()).not.toMatch(/One-time password/)

    const badRole = runEntry(CLI, env, ['--username', 'li', '--name', '李', '--roles', 'boss'])
    expect(await badRole.exited).toBe(1)
    expect(badRole.stderr()).toContain('角色不正确，请从列表中选择 / invalid --roles')

    const missing = runEntry(CLI, env, ['--username', 'li'])
    expect(await missing.exited).toBe(2)
    expect(missing.stderr()).toContain('用法 / Usage: npm run staff:create')
  }, 60_000)

  it('refuses roles of two duties (三员分立): the console is no way round the rule', async () => {
    const mixed = runEntry(CLI, env, [
      '--username',
      'li',
      '--name',
      '李',
      '--roles',
      'admin,auditor',
    ])
    expect(await mixed.exited).toBe(1)
    expect(mixed.stderr()).toContain(
      '系统管理员、安全审计员与办案角色（受理、审查、审批）不能由同一人兼任（三员分立），请只选择其中一类 / invalid --roles',
    )
    expect(mixed.stdout()).not.toMatch(/One-time password/)
  }, 60_000)
})
