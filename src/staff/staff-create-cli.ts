import { parseArgs } from 'node:util'
import { bootDeps, closeDeps } from '../boot.js'
import { ConfigError, loadConfig } from '../config.js'
import { createLogger } from '../logging/logger.js'
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
    const result = await createStaffAccount(
      deps,
      { type: 'system' },
      { username: args.username, displayName: args.name, roles: args.roles },
    )
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.errors))
        fail(`${message} / invalid ${FIELD_EN[field] ?? field}`)
      return 1
    }
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

function fail(message: string): void {
  process.stderr.write(`${message}\n`)
}

run()
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    fail(err instanceof ConfigError ? err.message : `创建失败 / Failed: ${(err as Error).message}`)
    process.exit(1)
  })
