import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runDailyPurge } from '../../src/retention/purge-job.js'
import { fileStoreConfigOf } from '../../src/uploads/file-store-config.js'
import { changeStage } from '../../src/workflow/stage-change.service.js'
import { applicationIdOf, submitApplication } from '../helpers/applicant.js'
import { startLocalS3, type LocalS3 } from '../helpers/s3-server.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/** The retention purge on FILE_STORE=s3: the purged case's objects leave the bucket (decision 090). */
let s3: LocalS3
let t: TestApp

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
      S3_SSE: 'none',
      S3_SSE_KMS_KEY_ID: undefined,
    },
    '/nonexistent',
  )
  t = await createTestApp({ config: { fileStore } })
})
afterAll(async () => {
  await t.close()
  await s3.close()
})

const inBucket = async () => {
  const ids: string[] = []
  for await (const f of t.deps.fileStore.list()) ids.push(f.id)
  return ids
}

describe('the retention purge on the S3 backend', () => {
  it('deletes the purged case’s objects from the bucket and keeps the others', async () => {
    const files = { pdf: await pdfBytes(), png: pngBytes() }
    const gone = await applicationIdOf(t.db.db, await submitApplication(t.app, files))
    const kept = await applicationIdOf(t.db.db, await submitApplication(t.app, files))
    await changeStage(t.deps, {
      applicationId: gone,
      action: 'withdraw',
      actor: { type: 'applicant', id: gone, roles: ['applicant'] },
    })
    const fileIds = async (id: string) =>
      (
        await t.db.db
          .selectFrom('application_materials')
          .select('file_id')
          .where('application_id', '=', id)
          .execute()
      ).map((r) => r.file_id)
    const goneFiles = await fileIds(gone)
    expect(await inBucket()).toEqual(expect.arrayContaining(goneFiles))

    t.clock.advance(200 * 24 * 3600_000)
    const result = await runDailyPurge(t.deps)
    expect(result.counts.withdrawn).toBe(1)
    const after = await inBucket()
    for (const id of goneFiles) expect(after).not.toContain(id)
    expect(after).toEqual(expect.arrayContaining(await fileIds(kept)))
  })
})
