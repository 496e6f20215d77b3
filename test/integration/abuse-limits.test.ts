import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../src/app.js'
import { UPLOAD_CONCURRENCY } from '../../src/abuse/upload-concurrency.js'
import { changeStage } from '../../src/workflow/stage-change.service.js'
import { CSRF_FIELD, summaryErrors } from '../helpers/http.js'
import {
  applicationIdOf,
  SELF_CHECK,
  submitApplication,
  TestBrowser,
  VALID_STEPS,
} from '../helpers/applicant.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { fileOf, pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/** Issue 12 F11, F12, F15, F24: what one anonymous address can make the service store or send. */

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ config: { trustProxy: true, trustProxyHops: 1 } })
})
afterAll(() => t.close())

let nextAddress = 1
/** The app as seen from one client address (behind the one trusted proxy). */
function from(ip = `198.51.100.${nextAddress++}`): App {
  const request = (path: string, init: RequestInit = {}) =>
    t.app.request(path, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), 'x-forwarded-for': ip },
    })
  return { request } as unknown as App
}

async function draft(app: App, steps = VALID_STEPS, email?: string): Promise<TestBrowser> {
  const browser = new TestBrowser(app)
  await browser.post('/apply/start', SELF_CHECK)
  for (const [step, fields] of steps)
    await browser.post(
      `/apply/step/${step}`,
      step === 'contact' && email ? { ...fields, email } : fields,
    )
  return browser
}

const identityForm = () => {
  const form = new FormData()
  form.append('file-identity', fileOf(pngBytes(), '身份证.png'))
  return form
}

const count = async (table: 'application_drafts' | 'draft_files') =>
  (await t.db.db.selectFrom(table).select('id').execute()).length

describe('F11: drafts and uploads per address', () => {
  it('a draft with no question answered gets no upload: it is sent to the first step', async () => {
    const browser = await draft(from(), [])
    const before = await count('draft_files')
    const res = await browser.upload('/apply/materials/upload?slot=identity', identityForm())
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/apply/step/applicant-type')
    expect(await count('draft_files')).toBe(before)
  })

  it('one address may start 20 drafts an hour; the 21st is a Chinese 429, others are not affected', async () => {
    const app = from()
    for (let i = 0; i < 20; i++) await new TestBrowser(app).post('/apply/start', SELF_CHECK)
    const before = await count('application_drafts')
    const refused = await new TestBrowser(app).post('/apply/start', SELF_CHECK)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.text()).toContain('从您的网络地址开始的申请过多')
    expect(await count('application_drafts')).toBe(before)
    const elsewhere = await new TestBrowser(from()).post('/apply/start', SELF_CHECK)
    expect(elsewhere.status).toBe(303)
  })

  it('upload bytes per address per day are taken before the body is read', async () => {
    const app = from()
    // app.request sends a form without Content-Length: each counts as a full request (100 MB).
    for (let i = 0; i < 5; i++) {
      const browser = await draft(app)
      const ok = await browser.upload('/apply/materials/upload?slot=identity', identityForm())
      expect(ok.status).toBe(303)
    }
    const browser = await draft(app)
    const before = await count('draft_files')
    const refused = await browser.upload('/apply/materials/upload?slot=identity', identityForm())
    expect(refused.status).toBe(429)
    expect(await refused.text()).toContain('今天上传的文件已经达到上限')
    expect(await count('draft_files')).toBe(before)
  })
})

describe('F12: resume emails to an address anyone may type', () => {
  const resumeRows = async (to: string) =>
    (
      await t.db.db
        .selectFrom('outbox_messages')
        .select('id')
        .where('kind', '=', 'draft_resume')
        .where('recipient', '=', to)
        .execute()
    ).length

  it('at most 3 a day to one recipient, whoever asks', async () => {
    const victim = 'victim.f12@example.org'
    for (let i = 0; i < 5; i++) await draft(from(), VALID_STEPS.slice(0, 3), victim)
    expect(await resumeRows(victim)).toBe(3)
  })

  it('at most 10 an hour caused by one address', async () => {
    const app = from()
    for (let i = 0; i < 12; i++)
      await draft(app, VALID_STEPS.slice(0, 3), `someone${i}.f12@example.org`)
    let sent = 0
    for (let i = 0; i < 12; i++) sent += await resumeRows(`someone${i}.f12@example.org`)
    expect(sent).toBe(10)
  })
})

describe('F15: evidence after acceptance counts towards the application total', () => {
  it('refuses evidence once the application holds twice the allowance (60 files)', async () => {
    const files = { pdf: await pdfBytes(), png: pngBytes() }
    const code = await submitApplication(from(), files)
    const applicationId = await applicationIdOf(t.db.db, code)
    await changeStage(t.deps, {
      applicationId,
      action: 'accept',
      actor: { type: 'staff', id: 'staff-1', roles: ['intake'] },
    })
    const held = await t.db.db
      .selectFrom('application_materials')
      .select('id')
      .where('application_id', '=', applicationId)
      .execute()
    await t.db.db
      .insertInto('application_materials')
      .values(
        Array.from({ length: 60 - held.length }, (_, i) => ({
          application_id: applicationId,
          slot: 'evidence' as const,
          description: '照片',
          original_name: `照片${i}.png`,
          byte_size: 100,
          detected_type: 'image/png',
          sha256: crypto.randomBytes(32).toString('hex'),
          file_id: crypto.randomBytes(16).toString('hex'),
          // later than the submission, as evidence after acceptance is
          uploaded_at: new Date(t.clock.now().getTime() + 86_400_000),
          uploaded_by: 'applicant',
          position: 100 + i,
        })),
      )
      .execute()
    const browser = new TestBrowser(from())
    await browser.post('/track', { code, digits: '5678' })
    const form = new FormData()
    form.append('file', fileOf(pngBytes(), '又一张.png'))
    form.append('description', '又一张照片')
    const res = await browser.upload('/track/evidence/upload', form)
    expect(res.status).toBe(413)
    expect(await res.text()).toContain('已达到上限')
    // F20: the receipt still verifies with all that evidence added after submission
    const { receipt_mac } = await t.db.db
      .selectFrom('applications')
      .select('receipt_mac')
      .where('id', '=', applicationId)
      .executeTakeFirstOrThrow()
    const verify = await t.app.request(`/verify?c=${code}&v=${encodeURIComponent(receipt_mac)}`)
    expect(await verify.text()).toContain('回执真实有效')
  })
})

describe('F24: streamed uploads at once', () => {
  it(`one address may hold ${UPLOAD_CONCURRENCY.perAddress}; the next is a Chinese 429 at once`, async () => {
    const app = from()
    const browser = await draft(app)
    const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    const url = `/apply/materials/upload?slot=identity&${CSRF_FIELD}=${encodeURIComponent(browser.token)}`
    const boundary = 'zjHeldBoundary'
    const held: { release(): void; pulled: Promise<void>; done: Promise<Response> }[] = []
    for (let i = 0; i < UPLOAD_CONCURRENCY.perAddress; i++) {
      let release!: () => void
      let pulled!: () => void
      const started = new Promise<void>((r) => (pulled = r))
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(
            new TextEncoder().encode(
              `--${boundary}\r\nContent-Disposition: form-data; name="file-identity"; filename="a.png"\r\n\r\n`,
            ),
          )
          release = () => controller.error(new Error('client went away (test)'))
        },
        pull() {
          pulled()
        },
      })
      const done = Promise.resolve(
        app.request(url, {
          method: 'POST',
          headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
          body,
          duplex: 'half',
        } as RequestInit),
      )
      held.push({ release: () => release(), pulled: started, done })
    }
    await Promise.all(held.map((h) => h.pulled))
    const refused = await browser.upload('/apply/materials/upload?slot=identity', identityForm())
    expect(refused.status).toBe(429)
    expect(refused.headers.get('connection')).toBe('close')
    expect(await refused.text()).toContain('您同时进行的上传过多')
    // another address is not held back
    const other = await draft(from())
    expect(
      (await other.upload('/apply/materials/upload?slot=identity', identityForm())).status,
    ).toBe(303)
    for (const h of held) h.release()
    await Promise.all(held.map((h) => h.done))
    // the slots are free again
    expect(
      (await browser.upload('/apply/materials/upload?slot=identity', identityForm())).status,
    ).toBe(303)
  })
})

describe('F14: a list field sent hundreds of times', () => {
  it('is one error on the field, not one per value', async () => {
    const browser = await draft(from(), VALID_STEPS.slice(0, -1))
    const res = await browser.post('/apply/step/complaint', {
      ...(VALID_STEPS.at(-1)![1] as Record<string, string | string[]>),
      matters: Array.from({ length: 400 }, () => 'x'),
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(summaryErrors(html)).toEqual(['请选择列出的申请监督事项'])
  })
})
