import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileStoreConfigOf } from '../../src/uploads/file-store-config.js'
import { applicationIdOf, submitApplication } from '../helpers/applicant.js'
import { signedInStaff } from '../helpers/staff.js'
import { startLocalS3, type LocalS3 } from '../helpers/s3-server.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes, sha256 } from '../helpers/upload-fixtures.js'

/**
 * The whole service on the S3 backend, configured the way an operator does (FILE_STORE=s3):
 * an application's materials go into the bucket with their SHA-256 on record, staff downloads
 * stream them back with the usual headers, and an object gone from the bucket is not served.
 */
let s3: LocalS3
let t: TestApp
let appId: string
const png = pngBytes(64, 64)

beforeAll(async () => {
  s3 = await startLocalS3()
  const o = s3.options
  const fileStore = fileStoreConfigOf(
    {
      FILE_STORE: 's3',
      S3_ENDPOINT: o.endpoint,
      S3_BUCKET: o.bucket,
      S3_REGION: o.region,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_PREFIX: 'files/',
      S3_FORCE_PATH_STYLE: true,
      S3_SSE: 'AES256',
      S3_SSE_KMS_KEY_ID: undefined,
    },
    '/nonexistent',
  )
  t = await createTestApp({ config: { fileStore } })
  const code = await submitApplication(t.app, { pdf: await pdfBytes(), png })
  appId = await applicationIdOf(t.db.db, code)
})
afterAll(async () => {
  await t.close()
  await s3.close()
})

const materials = () =>
  t.db.db
    .selectFrom('application_materials')
    .select(['id', 'file_id', 'sha256', 'byte_size', 'original_name'])
    .where('application_id', '=', appId)
    .execute()

describe('FILE_STORE=s3', () => {
  it('keeps every material in the bucket, none under DATA_DIR', async () => {
    const rows = await materials()
    expect(rows.length).toBeGreaterThanOrEqual(2)
    const inBucket: string[] = []
    for await (const f of t.deps.fileStore.list()) inBucket.push(f.id)
    for (const row of rows) {
      expect(inBucket).toContain(row.file_id)
      expect(await t.deps.fileStore.stat(row.file_id)).toMatchObject({
        size: Number(row.byte_size),
      })
    }
    expect(rows.find((r) => r.original_name.endsWith('.png'))!.sha256).toBe(sha256(png))
  })

  it('streams a material to staff with the stored type, length and disposition', async () => {
    const row = (await materials()).find((r) => r.original_name.endsWith('.png'))!
    const { browser } = await signedInStaff(t.app, t.deps, ['intake'])
    const res = await browser.get(`/staff/applications/${appId}/materials/${row.id}/download`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('content-length')).toBe(String(png.length))
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; /)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true)
  })

  it('a material whose object is gone gets the error page, not a cut-off file', async () => {
    const row = (await materials()).find((r) => r.original_name.endsWith('.pdf'))!
    await t.deps.fileStore.remove(row.file_id)
    const { browser } = await signedInStaff(t.app, t.deps, ['intake'])
    const res = await browser.get(`/staff/applications/${appId}/materials/${row.id}/download`)
    expect(res.status).toBe(500)
    expect(res.headers.get('content-disposition')).toBeNull()
    expect(res.headers.get('content-type')).toContain('text/html')
  })
})
