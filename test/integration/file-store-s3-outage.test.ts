import fs from 'node:fs/promises'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { toAppError } from '../../src/http/error-handler.js'
import { createS3FileStore } from '../../src/uploads/file-store-s3.js'
import { startLocalS3 } from '../helpers/s3-server.js'
import { filesUnder } from '../helpers/upload-fixtures.js'

/**
 * The object store unreachable while an upload is stored: the applicant gets the "try later" answer
 * (503) the full disk gets, nothing is left in the spool, and nothing appears once the store is back.
 */
describe('S3 store unreachable', () => {
  it('fails an upload with 503 storage_unavailable and keeps no spooled copy', async () => {
    const s3 = await startLocalS3()
    const store = createS3FileStore(s3.options)
    await s3.close()
    const err = await store
      .put(Readable.from([Buffer.from('材料')]), { maxBytes: 100 })
      .catch((e: unknown) => e)
    expect(toAppError(err)).toMatchObject({ status: 503, code: 'storage_unavailable' })
    expect(await filesUnder(s3.options.spoolDir)).toEqual([])
    await fs.rm(s3.options.spoolDir, { recursive: true, force: true })
  })
})
