import { parseArgs } from 'node:util'
import type { z } from 'zod'
import { bootDeps, closeDeps } from '../boot.js'
import { ConfigError, loadConfig } from '../config.js'
import { createLogger } from '../logging/logger.js'
import { NewAccountSchema } from './admin/accounts/staff-admin.schema.js'
import { createStaffAccount } from './admin/accounts/staff-admin.service.js'

/**
 * `npm run staff:create -- --username wangfang --name 王芳 --roles intake,reviewer`: the same
 * service as the administrator's page. The one-time password goes to this console once and into no
 * log; the audit row names the system as actor.
 */
async function run(): Promise<number> {
  const args = parseCliArgs()
  if (!args) {
    fail(
      '用法 / Usage: npm run staff:create -- --username <用户名> --name <姓名> --roles intake,reviewer',
    )
    return 2
  }
  const { deps } = await bootDeps(loadConfig(), { logger: createLogger('warn') })
  try {
    // checked as the administrator's form is checked, with the same messages
    const parsed = NewAccountSchema.safeParse({
      username: args.username,
      displayName: args.name,
      roles: args.roles,
    })
    if (!parsed.success) return failFields(firstMessages(parsed.error))
    const result = await createStaffAccount(deps, { type: 'system' }, parsed.data)
    if (!result.ok) return failFields(result.errors)
    process.stdout.write(
      [
        `账号已创建 / Account created: ${result.username}`,
        `  一次性密码 / One-time password：${result.password}`,
        '此密码只显示这一次，首次登录后须修改。 / Shown once; must be changed at first login.',
        '',
      ].join('\n'),
    )
    return 0
  } finally {
    await closeDeps(deps)
  }
}

const FIELD_EN: Record<string, string> = {
  username: 'username (or already taken)',
  displayName: '--name',
  roles: '--roles (intake, reviewer, leader, admin, auditor)',
}

function parseCliArgs(): { username: string; name: string; roles: string[] } | undefined {
  try {
    const { values } = parseArgs({
      options: {
        username: { type: 'string' },
        name: { type: 'string' },
        roles: { type: 'string' },
      },
      strict: true,
    })
    if (values.username === undefined || values.name === undefined || values.roles === undefined)
      return undefined
    const roles = values.roles
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean)
    return { username: values.username, name: values.name, roles }
  } catch {
    return undefined
  }
}

/** The first problem of each field, as the page's error summary lists them. */
function firstMessages(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) errors[String(issue.path[0])] ??= issue.message
  return errors
}

function failFields(errors: Record<string, string>): number {
  for (const [field, message] of Object.entries(errors))
    fail(`${message} / invalid ${FIELD_EN[field] ?? field}`)
  return 1
}

function fail(message: string): void {
  process.stderr.write(`${message}\n`)
}

run()
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    fail(err instanceof ConfigError ? err.message : `创建失败 / Failed: ${(err as Error).message}`)
    process.exit(1)
  })
