import { Readable } from 'node:stream'
import { insertIssuedDocument } from '../../src/documents/issued-document.repository.js'
import type { TestApp } from './test-app.js'
import { createStaff } from './staff.js'
import { pdfBytes } from './upload-fixtures.js'

/** A stored PDF listed as issued to this application, as a notice or receipt would be. */
export async function issueTestDocument(t: TestApp, applicationId: string): Promise<string> {
  const stored = await t.deps.fileStore.put(Readable.from([await pdfBytes()]), {
    maxBytes: 1024 * 1024,
  })
  await insertIssuedDocument(t.db.db, {
    applicationId,
    kind: 'evidence_receipt',
    title: '证据材料收据',
    fileId: stored.id,
    sha256: stored.sha256,
    size: stored.size,
    at: t.clock.now(),
  })
  const row = await t.db.db
    .selectFrom('issued_documents')
    .select('id')
    .where('file_id', '=', stored.id)
    .executeTakeFirstOrThrow()
  return row.id
}

/** An open 回避 request against a (new) reviewer, as /track/recusal files it. */
export async function fileTestRecusal(t: TestApp, applicationId: string): Promise<string> {
  const staff = await createStaff(t.deps, { roles: ['reviewer'] })
  const row = await t.db.db
    .insertInto('recusal_requests')
    .values({
      application_id: applicationId,
      staff_id: staff.id,
      reason: '承办人与被执行人是亲属关系',
      requested_at: t.clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}
