import { spawn } from 'node:child_process'

/**
 * pg_dump and pg_restore (PostgreSQL 15 client tools) with the connection taken from a URL. The
 * password goes through PGPASSWORD, never the command line, where `ps` would show it.
 */
export async function runPgTool(tool: 'pg_dump' | 'pg_restore', url: string, args: string[]) {
  const { env, dbname } = connectionOf(url)
  await new Promise<void>((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${dbname}`], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)))
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      if (code === 0) return resolve()
      reject(new Error(`${tool} failed (${signal ?? `exit code ${code}`}): ${stderr.trim()}`))
    })
  })
}

function connectionOf(url: string): { env: Record<string, string>; dbname: string } {
  const u = new URL(url)
  const env: Record<string, string> = {}
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password)
  u.password = ''
  return { env, dbname: u.toString() }
}
