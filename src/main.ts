import { ConfigError, loadConfig } from './config.js'
import { startServer } from './server.js'
import type { BootstrapResult } from './staff/bootstrap-admin.js'

async function main(): Promise<void> {
  const config = loadConfig()
  // Listening for signals before start-up, not after: a SIGTERM that arrives while the server is
  // still booting (an orchestrator's quick restart) waits for the start, then shuts down cleanly,
  // rather than killing the process between "listening" and its shutdown handler.
  const started = startServer(config)
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      started
        .then(async (running) => {
          await running.shutdown(signal).catch((err: unknown) => {
            running.deps.logger.error('shutdown failed', { err })
            process.exit(1)
          })
          process.exit(0)
        })
        .catch(() => process.exit(1))
    })
  }
  printFirstAdmin((await started).bootstrap)
}

/** Written straight to the console, once, never through the logger (it must not reach log storage). */
function printFirstAdmin(result: BootstrapResult): void {
  if (!result.created) return
  const line = '='.repeat(64)
  process.stdout.write(
    [
      line,
      '执监通：已创建初始管理员账号（此密码只显示这一次，不会写入日志）',
      `  用户名：${result.username}`,
      `  初始密码：${result.password}`,
      '请立即妥善保存；首次登录后须修改密码。',
      line,
      '',
    ].join('\n'),
  )
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`)
  } else {
    process.stderr.write(`Start-up failed: ${err instanceof Error ? err.message : String(err)}\n`)
  }
  process.exit(1)
})
