import type { Db } from '../db/database.js'
import type { IssuedDocumentsTable } from './issued-document.table.js'

export async function insertIssuedDocument(
  db: Db,
  d: {
    applicationId: string
    kind: IssuedDocumentsTable['kind']
    title: string
    fileId: string
    sha256: string
    size: number
    at: Date
    number?: string
  },
): Promise<string> {
  const row = await db
    .insertInto('issued_documents')
    .values({
      application_id: d.applicationId,
      kind: d.kind,
      title: d.title,
      file_id: d.fileId,
      sha256: d.sha256,
      byte_size: d.size,
      issued_at: d.at,
      number: d.number ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function findIssuedDocuments(db: Db, applicationId: string) {
  return db
    .selectFrom('issued_documents')
    .select(['id', 'kind', 'title', 'number', 'file_id', 'sha256', 'byte_size', 'issued_at'])
    .where('application_id', '=', applicationId)
    .orderBy('issued_at')
    .execute()
}

/** Only a document of this application: another application's id finds nothing (404). */
export async function findIssuedDocument(db: Db, applicationId: string, id: string) {
  return db
    .selectFrom('issued_documents')
    .select(['id', 'title', 'number', 'file_id'])
    .where('application_id', '=', applicationId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** The kinds addressed to someone other than the applicant (规则 第三十三条), kept off their pages. */
export const NOT_FOR_APPLICANT = ['other_party_acceptance_notice'] as const

/** A document the applicant may open: their own application's, and addressed to them. */
export async function findApplicantDocument(db: Db, applicationId: string, id: string) {
  return db
    .selectFrom('issued_documents')
    .select(['id', 'title', 'number', 'file_id'])
    .where('application_id', '=', applicationId)
    .where('id', '=', id)
    .where('kind', 'not in', NOT_FOR_APPLICANT)
    .executeTakeFirst()
}
