import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemClock } from '../../src/clock.js'
import { createFieldCrypto } from '../../src/crypto/field-encryption.js'
import type { Deps } from '../../src/deps.js'
import { todayInChina } from '../../src/kernel/china-time.js'
import { submitApplication, TestBrowser } from '../helpers/applicant.js'
import { httpApp, type HttpTarget } from '../helpers/http-client.js'
import { findNginx, startNginx, type RunningNginx } from '../helpers/nginx.js'
import { throughNginx } from '../helpers/nginx-checks.js'
import { startLocalS3, type LocalS3 } from '../helpers/s3-server.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js'
import { createStaff, staffBrowser, TEST_STAFF_PASSWORD, type TestStaff } from '../helpers/staff.js'
import { TEST_SECRETS } from '../helpers/test-app.js'
import { createTestDb, type TestDb } from '../helpers/test-db.js'
import {
  buildCompiled,
  killHard,
  portOf,
  ready,
  startProcess,
  stopGently,
  type ServiceProcess,
} from '../helpers/topology.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/**
 * Issue 18 item 2 (docs/decisions/093-several-processes.md): two app servers and a worker, compiled
 * (`npm run build`, `npm run start:prod`, `npm run worker:prod`), on one PostgreSQL and one S3
 * bucket, behind nginx with deploy/nginx/zhijian.conf, behave as one service.
 */
const pgUrl = process.env.DATABASE_URL
const nginxBinary = findNginx()
const NGINX_TITLE = nginxBinary
  ? 'through nginx: client address, a 100 MB upload, a slow client'
  : 'through nginx: SKIPPED, nginx is not installed here (apt-get install nginx; CI fails without it)'

if (!pgUrl) {
  describe('several processes', () => {
    it.skip('need PostgreSQL (DATABASE_URL): PGlite is one process’s database', () => {})
  })
}

describe.runIf(pgUrl)('two app processes and a worker on one PostgreSQL and one bucket', () => {
  let inbox: SmtpInbox
  let s3: LocalS3
  let db: TestDb
  let tmp: string
  let a: ServiceProcess
  let b: ServiceProcess
  let worker: ServiceProcess
  let nginx: RunningNginx | undefined
  let files: { pdf: Uint8Array; png: Uint8Array }
  let deps: Deps
  let code: string
  let buildDir: string | undefined
  const direct = (p: ServiceProcess, headers?: Record<string, string>) =>
    httpApp({ base: p.url, secureCookies: true, ...(headers ? { headers } : {}) })

  beforeAll(async () => {
    if (!nginxBinary && process.env.CI === 'true') {
      throw new Error('nginx is required in CI (.ci/run installs Debian’s nginx)')
    }
    ;[inbox, s3, db, tmp] = await Promise.all([
      startSmtpInbox(),
      startLocalS3('zhijian-multi'),
      // empty: the three processes migrate it together on start
      createTestDb({ empty: true }),
      fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-multi-')),
    ])
    const build = await buildCompiled()
    buildDir = build.dir
    console.info(`npm run build (emit only): ${build.ms} ms`)
    const shared = {
      build: build.dir,
      databaseUrl: db.url!,
      smtpUrl: inbox.url,
      s3: s3.options,
      tmp,
    }
    ;[a, b, worker] = await Promise.all([
      startProcess(shared, 'app-a', 'app'),
      startProcess(shared, 'app-b', 'app'),
      startProcess(shared, 'worker', 'worker'),
    ])
    await Promise.all([ready(a), ready(b), ready(worker)])
    if (nginxBinary) nginx = await startNginx(nginxBinary, tmp, [portOf(a), portOf(b)])
    files = { pdf: await pdfBytes(), png: pngBytes() }
    deps = {
      db: db.db,
      clock: systemClock,
      fieldCrypto: createFieldCrypto(Buffer.from(TEST_SECRETS.DATA_ENCRYPTION_KEY, 'base64')),
    } as Deps
  }, 400_000)

  afterAll(async () => {
    await Promise.all([a, b, worker].filter(Boolean).map(stopGently))
    await nginx?.stop()
    await Promise.all([inbox?.stop(), s3?.close(), db?.close()])
    await fs.rm(tmp, { recursive: true, force: true })
    if (buildDir) await fs.rm(path.dirname(buildDir), { recursive: true, force: true })
  })

  it('start together on an empty database: migrated once, one first admin, no errors', () => {
    const all = [a, b, worker]
    expect(all.filter((p) => p.stdout().includes('"msg":"migrations applied"'))).toHaveLength(1)
    expect([a, b].filter((p) => p.stdout().includes('初始密码'))).toHaveLength(1)
    // (stderr carries only the AWS SDK's notice that its 2027 releases need Node 22)
    for (const p of all) expect(p.stderr()).not.toMatch(/error/i)
  })

  it('a submission through A is tracked through B, its receipt read from the shared bucket', async () => {
    code = await submitApplication(direct(a), files)
    const applicant = new TestBrowser(direct(b))
    const signedIn = await applicant.post('/track', { code, digits: '5678' })
    expect(signedIn.headers.get('location')).toBe('/track/status')
    expect(await (await applicant.get('/track/status')).text()).toContain('当前状态：')
    const receipt = await applicant.get('/track/receipt')
    expect(receipt.headers.get('content-type')).toBe('application/pdf')
    expect(
      Buffer.from(await receipt.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
  })

  it('a staff action through B shows on A’s status page at once, though A keeps rendered pages', async () => {
    const applicantOnA = new TestBrowser(direct(a))
    await applicantOnA.post('/track', { code, digits: '5678' })
    const before = await (await applicantOnA.get('/track/status')).text()
    expect(before).not.toContain('当前状态：已受理')
    // served again from A's kept pages: nothing changed
    expect(await (await applicantOnA.get('/track/status')).text()).toBe(before)

    const intake = await createStaff(deps, { roles: ['intake'] })
    const staffOnB = await staffBrowser(direct(b), deps, intake)
    const { id, version } = await db.db
      .selectFrom('applications')
      .select(['id', 'version'])
      .where('tracking_code', '=', code.replace(/-/g, ''))
      .executeTakeFirstOrThrow()
    const accepted = await staffOnB.post(`/staff/applications/${id}/actions/accept`, {
      version: String(version),
    })
    expect(accepted.status).toBe(303)
    expect(await (await applicantOnA.get('/track/status')).text()).toContain('当前状态：已受理')
  })

  it('sends each email exactly once, whichever of the three processes sends it', async () => {
    const outstanding = async () =>
      (
        await db.db
          .selectFrom('outbox_messages')
          .select('id')
          .where('status', '!=', 'sent')
          .execute()
      ).length
    const isNotice = (s = '') => s.includes('已受理') && s.includes(code)
    await inbox
      .waitFor((m) => isNotice(m.subject), 60_000)
      .catch((err: unknown) => {
        throw new Error(`${String(err)}: ${inbox.messages.map((m) => m.subject).join(' | ')}`)
      })
    for (let i = 0; (await outstanding()) > 0; i++) {
      if (i > 300) throw new Error('the outbox did not drain')
      await new Promise((r) => setTimeout(r, 100))
    }
    const sent = await db.db.selectFrom('outbox_messages').select('id').execute()
    const ids = inbox.messages.map((m) => m.messageId)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toHaveLength(sent.length)
    const subjects = inbox.messages.map((m) => m.subject ?? '')
    expect(
      subjects.filter((s) => s.includes(`已收到您的执行监督申请（查询码 ${code}）`)),
    ).toHaveLength(1)
  }, 90_000)

  it('runs the hourly job once an hour in one process, and the digest once a day', async () => {
    const run = /"msg":"maintenance",/
    const skipped = /"msg":"maintenance already run this hour"/
    const all = [a, b, worker]
    await Promise.all(all.map((p) => p.waitFor(new RegExp(`${run.source}|${skipped.source}`))))
    expect(all.filter((p) => run.test(p.stdout()))).toHaveLength(1)
    expect(all.filter((p) => skipped.test(p.stdout()))).toHaveLength(2)
    const runs = await db.db.selectFrom('maintenance_runs').select('finished_at').execute()
    expect(runs).toHaveLength(1)
    // DIGEST_FROM_HOUR=0 (test/helpers/topology.ts): exactly one process sends today's digest
    const digests = all.filter((p) => p.stdout().includes('"msg":"staff digest"'))
    expect(digests).toHaveLength(1)
    const days = await db.db.selectFrom('digest_runs').select('day').execute()
    expect(days.map((d) => d.day)).toEqual([todayInChina(new Date())])
  })

  it('counts sign-in lockouts and lookup failures across processes', async () => {
    const staff: TestStaff = await createStaff(deps, { roles: ['reviewer'] })
    const from = (ip: string, p: ServiceProcess) =>
      new TestBrowser(direct(p, { 'x-forwarded-for': ip }))
    const signIn = (p: ServiceProcess, ip: string, password: string) =>
      from(ip, p).post('/staff/login', { username: staff.username, password, totp: '' })
    for (let i = 0; i < 5; i++) {
      expect((await signIn(i % 2 ? b : a, '203.0.113.7', `wrong ${i}`)).status).toBe(422)
    }
    expect((await signIn(b, '203.0.113.7', TEST_STAFF_PASSWORD)).status).toBe(422)
    expect((await signIn(a, '203.0.113.8', TEST_STAFF_PASSWORD)).status).toBe(303)

    // four wrong answers alternately on A and B; the fifth, on B, locks the code everywhere
    const track = (p: ServiceProcess, digits: string) =>
      from('203.0.113.9', p).post('/track', { code, digits })
    for (let i = 0; i < 4; i++) expect((await track(i % 2 ? b : a, '0000')).status).toBe(422)
    expect((await track(b, '0000')).status).toBe(429)
    expect((await track(a, '5678')).status).toBe(429)
  })

  it.skipIf(!nginxBinary)(
    NGINX_TITLE,
    async () => {
      await throughNginx({ nginx: nginx!, db: db.db, deps })
    },
    120_000,
  )

  it('kill -9 of app process A mid-run loses nothing: the other serves, the worker sends', async () => {
    const before = await submitApplication(direct(a), files)
    const target: HttpTarget = nginx
      ? { base: `https://127.0.0.1:${nginx.httpsPort}`, ca: nginx.cert, secureCookies: true }
      : { base: b.url, secureCookies: true }
    const pages = ['/', '/guide', '/track', '/privacy']
    const statuses: number[] = []
    for (let i = 0; i < 24; i++) {
      if (i === 8) await killHard(a)
      statuses.push((await httpApp(target).request(pages[i % pages.length]!)).status)
    }
    expect(statuses).toEqual(Array(24).fill(200))

    const applicant = new TestBrowser(httpApp(target))
    await applicant.post('/track', { code: before, digits: '5678' })
    expect(await (await applicant.get('/track/status')).text()).toContain('当前状态：')
    const confirmation = await inbox.waitFor(
      (m) => m.subject?.includes(`已收到您的执行监督申请（查询码 ${before}）`) ?? false,
      60_000,
    )
    // at least once: a process killed mid-send sends nothing twice but the one message, same id
    const copies = inbox.messages.filter((m) => m.subject === confirmation.subject)
    expect(new Set(copies.map((m) => m.messageId)).size).toBe(1)
    expect(b.stderr()).not.toMatch(/error/i)
  }, 120_000)
})
