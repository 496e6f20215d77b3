import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url))

export type RunningChild = {
  child: ChildProcess
  /** everything written to stdout so far */
  stdout(): string
  stderr(): string
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>
  exited: Promise<number | null>
}

/** Runs a TypeScript entry point the way `npm start` does, with only the given environment. */
export function runEntry(
  entry: string,
  env: Record<string, string>,
  args: string[] = [],
): RunningChild {
  return runCommand(TSX, [entry, ...args], env)
}

/** Runs a compiled entry point (`npm run build`'s output) with node, as `npm run start:prod` does. */
export function runCompiled(file: string, env: Record<string, string>): RunningChild {
  return runCommand(process.execPath, ['--enable-source-maps', file], env)
}

function runCommand(command: string, args: string[], env: Record<string, string>): RunningChild {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  const waitFor = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const started = Date.now()
      const poll = setInterval(() => {
        const match = pattern.exec(out)
        if (match) {
          clearInterval(poll)
          resolve(match)
        } else if (child.exitCode !== null || Date.now() - started > timeoutMs) {
          clearInterval(poll)
          reject(new Error(`no ${pattern} in output.\nstdout:\n${out}\nstderr:\n${err}`))
        }
      }, 50)
    })
  return { child, stdout: () => out, stderr: () => err, waitFor, exited }
}
