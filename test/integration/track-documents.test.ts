import crypto from 'node:crypto'
import { Readable, Transform } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { insertIssuedDocument } from '../../src/documents/issued-document.repository.js'
import { contentDisposition } from '../../src/http/content-disposition.js'
import { applicationIdOf, submitApplication, TestBrowser } from '../helpers/applicant.js'
import { signedInStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

let t: TestApp
let code: string
let appId: string
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
  appId = await applicationIdOf(t.db.db, code)
})
afterAll(() => t.close())

/** A document far larger than any stream buffer, issued to the application. */
async function issueLargeDocument(bytes: Uint8Array, title: string, number: string) {
  const stored = await t.deps.fileStore.put(Readable.from([bytes]), { maxBytes: bytes.length })
  return insertIssuedDocument(t.db.db, {
    applicationId: appId,
    kind: 'evidence_receipt',
    title,
    number,
    fileId: stored.id,
    sha256: stored.sha256,
    size: stored.size,
    at: t.clock.now(),
  })
}

/** RFC 5987 ext-value: only attr-chars and percent-encoded octets after UTF-8'' */
const RFC5987 = /; filename\*=UTF-8''(?:[A-Za-z0-9!#$&+\-.^_`|~]|%[0-9A-F]{2})+$/

describe('the applicant downloads an issued document', () => {
  it('streams it, every byte, with the headers of a staff download', async () => {
    const bytes = new Uint8Array(6 * 1024 * 1024)
    crypto.randomFillSync(bytes)
    const title = '受理通知书 (副本)'
    const id = await issueLargeDocument(bytes, title, '京检执监受〔2026〕1号')
    const applicant = new TestBrowser(t.app)
    await applicant.post('/track', { code, digits: '5678' })

    // the store's stream (plaintext, decrypted as it is read: decision 098), counted as it is consumed
    const served: number[] = []
    const open = t.deps.fileStore.open.bind(t.deps.fileStore)
    const spy = vi.spyOn(t.deps.fileStore, 'open').mockImplementation((fileId) => {
      const index = served.push(0) - 1
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          served[index]! += chunk.length
          done(null, chunk)
        },
      })
      return open(fileId).pipe(counter)
    })
    const res = await applicant.get(`/track/documents/${id}`)
    spy.mockRestore()
    expect(res.status).toBe(200)
    // the response is under way while most of the file has not been read: nothing buffers it whole
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(served).toHaveLength(1)
    expect(served[0]!).toBeLessThan(bytes.length / 4)
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true)

    const name = `${title}（京检执监受〔2026〕1号）.pdf`
    const disposition = res.headers.get('content-disposition')!
    expect(disposition).toBe(contentDisposition('attachment', name, `document-${id}.pdf`))
    expect(disposition).toMatch(new RegExp(`^attachment; filename="document-${id}\\.pdf"`))
    expect(disposition).toMatch(RFC5987)
    expect(disposition).toContain('%20%28%E5%89%AF%E6%9C%AC%29')
    expect(res.headers.get('content-length')).toBe(String(bytes.length))

    const { browser: staff } = await signedInStaff(t.app, t.deps, ['intake'])
    const staffRes = await staff.get(`/staff/applications/${appId}/documents/${id}`)
    expect(staffRes.status).toBe(200)
    expect(Buffer.from(await staffRes.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true)
    expect(staffRes.headers.get('content-disposition')).toMatch(/^attachment; filename="/)
    expect(staffRes.headers.get('content-disposition')).toMatch(RFC5987)
    for (const header of [
      'content-type',
      'x-content-type-options',
      'cache-control',
      'content-security-policy',
    ])
      expect(res.headers.get(header), header).toBe(staffRes.headers.get(header))
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('answers 404 for an unknown or malformed id, and for no session a redirect', async () => {
    const applicant = new TestBrowser(t.app)
    await applicant.post('/track', { code, digits: '5678' })
    expect((await applicant.get(`/track/documents/${crypto.randomUUID()}`)).status).toBe(404)
    expect((await applicant.get('/track/documents/not-an-id')).status).toBe(404)
    const stranger = await new TestBrowser(t.app).get(`/track/documents/${crypto.randomUUID()}`)
    expect(stranger.status).toBe(303)
    expect(stranger.headers.get('location')).toBe('/track?expired=1')
  })
})
