import { spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { S3FileStoreOptions } from '../../src/uploads/file-store-s3.js'
import { runCompiled, type RunningChild } from './child-process.js'
import { TEST_SECRETS } from './test-app.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/**
 * `npm run build` into a temp dir (emit only: the types are checked by `npm run typecheck`), with
 * the repository's node_modules linked beside it, as a deployment has them after `npm ci`.
 */
export async function buildCompiled(): Promise<{ dir: string; ms: number }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-build-'))
  const started = performance.now()
  const out = path.join(dir, 'app')
  const built = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts/build.mjs'), '--out', out, '--no-check'],
    { cwd: ROOT, encoding: 'utf8' },
  )
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}${built.stderr}`)
  await fs.symlink(path.join(ROOT, 'node_modules'), path.join(out, 'node_modules'), 'dir')
  return { dir: out, ms: Math.round(performance.now() - started) }
}

export type ServiceProcess = RunningChild & { name: string; url: string; dataDir: string }

export type Shared = {
  build: string
  databaseUrl: string
  smtpUrl: string
  s3: S3FileStoreOptions
  /** each process's own DATA_DIR (spool) goes under here */
  tmp: string
}

/** The environment every process of one deployment shares (/etc/zhijian/zhijian.env). */
export function sharedEnv(shared: Shared): Record<string, string> {
  return {
    NODE_ENV: 'development',
    LOG_LEVEL: 'debug',
    DATABASE_URL: shared.databaseUrl,
    PUBLIC_BASE_URL: 'https://zhijian.test',
    ...TEST_SECRETS,
    SMTP_URL: shared.smtpUrl,
    TRUST_PROXY: 'true',
    TRUST_PROXY_HOPS: '1',
    FILE_STORE: 's3',
    S3_ENDPOINT: shared.s3.endpoint ?? '',
    S3_BUCKET: shared.s3.bucket,
    S3_REGION: shared.s3.region,
    S3_ACCESS_KEY_ID: shared.s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: shared.s3.readSecretAccessKey(),
    S3_PREFIX: shared.s3.prefix,
    // a message claimed by a process killed mid-send is tried again after this; it must exceed
    // the slowest send (a 3 s lease on a loaded machine had two processes send one message)
    OUTBOX_LEASE_MS: '20000',
    // all three processes tick at about the same time and race for the hour
    HOURLY_JOB_FIRST_RUN_MS: '4000',
    // the digest may go at any hour, so "once a day across processes" is proven whenever the test runs
    DIGEST_FROM_HOUR: '0',
  }
}

/** One compiled app server (`npm run start:prod`) or worker (`npm run worker:prod`). */
export async function startProcess(
  shared: Shared,
  name: string,
  kind: 'app' | 'worker',
): Promise<ServiceProcess> {
  const dataDir = path.join(shared.tmp, name)
  await fs.mkdir(dataDir, { recursive: true })
  const entry = kind === 'app' ? 'src/main.js' : 'src/worker-main.js'
  const env = { ...sharedEnv(shared), DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0' }
  const proc = runCompiled(path.join(shared.build, entry), env)
  return { ...proc, name, dataDir, url: '' }
}

export async function ready(proc: ServiceProcess): Promise<ServiceProcess> {
  if (proc.name.startsWith('worker')) {
    await proc.waitFor(/"msg":"outbox worker started"/, 180_000)
    return proc
  }
  const [, url] = await proc.waitFor(/"msg":"listening","url":"([^"]+)"/, 180_000)
  return Object.assign(proc, { url: url! })
}

export const portOf = (proc: ServiceProcess) => Number(new URL(proc.url).port)

/** kill -9: no shutdown handler runs, in-flight requests and transactions are cut. */
export async function killHard(proc: ServiceProcess): Promise<void> {
  proc.child.kill('SIGKILL')
  await proc.exited
}

export async function stopGently(proc: ServiceProcess): Promise<number | null> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return proc.child.exitCode
  proc.child.kill('SIGTERM')
  return proc.exited
}
