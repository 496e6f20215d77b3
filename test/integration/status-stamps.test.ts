import type { KyselyPlugin } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashSessionToken } from '../../src/tracking/applicant-session.js'
import { createStampLoader } from '../../src/tracking/status-stamps.js'
import { applicationIdOf, submitApplication, TestBrowser } from '../helpers/applicant.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/**
 * The status page's session checks are gathered per turn of the event loop into one query
 * (src/tracking/status-stamps.ts). Gathering must never change an answer: each view gets its own
 * session's application, or nothing.
 */
let t: TestApp
const codes: string[] = []
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  const files = { pdf: await pdfBytes(), png: pngBytes() }
  for (let i = 0; i < 3; i++) codes.push(await submitApplication(t.app, files))
})
afterAll(() => t.close())

const IDLE_MS = 30 * 60_000

async function signedIn(code: string): Promise<TestBrowser> {
  const browser = new TestBrowser(t.app)
  await browser.post('/track', { code, digits: '5678' })
  expect(browser.cookies.has('zj_track')).toBe(true)
  return browser
}

const tokenHashOf = (b: TestBrowser) => hashSessionToken(b.cookies.get('zj_track')!)

/** Counts the statements a Kysely instance sends. */
function counted() {
  const sent: string[] = []
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      sent.push(args.node.kind)
      return args.node
    },
    transformResult: async (args) => args.result,
  }
  return { db: t.db.db.withPlugin(plugin), sent }
}

describe('the gathered session checks', () => {
  it('answer views that arrive together with one query, each with its own application', async () => {
    const browsers = await Promise.all([...codes, ...codes].map(signedIn))
    const { db, sent } = counted()
    const load = createStampLoader(db)
    const now = t.clock.now()
    const idleSince = new Date(now.getTime() - IDLE_MS)
    const unknown = hashSessionToken('x'.repeat(43))
    const stamps = await Promise.all([
      ...browsers.map((b) => load({ tokenHash: tokenHashOf(b), idleSince })),
      load({ tokenHash: unknown, idleSince }),
    ])
    expect(sent).toHaveLength(1)
    const ids = await Promise.all(codes.map((code) => applicationIdOf(t.db.db, code)))
    expect(stamps.map((s) => s?.applicationId)).toEqual([...ids, ...ids, undefined])
  })

  it('judge each session by its own idle limit, even the same session asked twice at once', async () => {
    const browser = await signedIn(codes[0]!)
    const hash = tokenHashOf(browser)
    const { db } = counted()
    const load = createStampLoader(db)
    const now = t.clock.now().getTime()
    const [lenient, strict] = await Promise.all([
      load({ tokenHash: hash, idleSince: new Date(now - IDLE_MS) }),
      load({ tokenHash: hash, idleSince: new Date(now + 1) }), // used before this: ended
    ])
    expect(lenient?.applicationId).toBeDefined()
    expect(strict).toBeUndefined()
  })

  it('split more views than one query takes into several queries', async () => {
    const browser = await signedIn(codes[1]!)
    const { db, sent } = counted()
    const load = createStampLoader(db, 2)
    const idleSince = new Date(t.clock.now().getTime() - IDLE_MS)
    const stamps = await Promise.all(
      Array.from({ length: 5 }, () => load({ tokenHash: tokenHashOf(browser), idleSince })),
    )
    expect(sent).toHaveLength(3)
    expect(new Set(stamps.map((s) => s?.applicationId)).size).toBe(1)
    expect(stamps[0]).toBeDefined()
  })

  it('fail every view of a query that fails, and answer the next ones', async () => {
    // the connection lost mid-way: the query is refused before it reaches the database
    const failing = t.db.db.withPlugin({
      transformQuery: () => {
        throw new Error('connection lost')
      },
      transformResult: async (args) => args.result,
    })
    const load = createStampLoader(failing)
    const idleSince = new Date()
    const results = await Promise.allSettled([
      load({ tokenHash: 'a', idleSince }),
      load({ tokenHash: 'b', idleSince }),
    ])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    for (const r of results)
      expect((r as PromiseRejectedResult).reason).toHaveProperty('message', 'connection lost')

    const working = createStampLoader(t.db.db)
    await expect(working({ tokenHash: 'c', idleSince })).resolves.toBeUndefined()
  })

  it('serve many simultaneous page views, each its own page, through HTTP', async () => {
    const browsers = await Promise.all([...codes, ...codes, ...codes].map(signedIn))
    const pages = await Promise.all(
      browsers.map(async (b) => (await b.get('/track/status')).text()),
    )
    pages.forEach((page, i) => {
      const own = codes[i % codes.length]!
      expect(page).toContain(own)
      for (const other of codes) if (other !== own) expect(page).not.toContain(other)
    })
    const ended = new TestBrowser(t.app)
    ended.cookies.set('zj_track', 'y'.repeat(43))
    const [res] = await Promise.all([ended.get('/track/status'), browsers[0]!.get('/track/status')])
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/track?expired=1')
  })

  it.each([0, -1, 2.5])('refuse a batch size of %s', (size) => {
    expect(() => createStampLoader(t.db.db, size)).toThrow(RangeError)
  })
})
