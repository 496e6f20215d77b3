import type { Db } from '../db/database.js'
import { NOTICE_KINDS } from '../documents/document-kinds.js'
import type { ServiceMethod } from './service.table.js'

export type NewService = {
  documentId: string
  applicationId: string
  method: ServiceMethod
  servedOn: string
  servedAt?: Date
  outboxMessageId?: string
  trackingNumber?: string
  proofFileId?: string
  proofSha256?: string
  signedBy?: string
  note?: string
  recordedBy: string | null
  at: Date
}

/** Inserts one 送达 record; an electronic one already recorded for the same email is left alone. */
export async function insertService(db: Db, s: NewService): Promise<string | undefined> {
  const row = await db
    .insertInto('document_services')
    .values({
      document_id: s.documentId,
      application_id: s.applicationId,
      method: s.method,
      served_on: s.servedOn,
      served_at: s.servedAt ?? null,
      outbox_message_id: s.outboxMessageId ?? null,
      tracking_number: s.trackingNumber ?? null,
      proof_file_id: s.proofFileId ?? null,
      proof_sha256: s.proofSha256 ?? null,
      signed_by: s.signedBy ?? null,
      note: s.note ?? null,
      recorded_by: s.recordedBy,
      recorded_at: s.at,
    })
    .onConflict((oc) =>
      oc.column('outbox_message_id').where('outbox_message_id', 'is not', null).doNothing(),
    )
    .returning('id')
    .executeTakeFirst()
  return row?.id
}

export async function insertServiceEmail(db: Db, documentId: string, messageId: string) {
  await db
    .insertInto('document_service_emails')
    .values({ document_id: documentId, outbox_message_id: messageId })
    .onConflict((oc) => oc.column('document_id').doNothing())
    .execute()
}

/** The notices an email serves (normally one), with their application. */
export async function findServedByEmail(db: Db, messageId: string) {
  return db
    .selectFrom('document_service_emails as e')
    .innerJoin('issued_documents as d', 'd.id', 'e.document_id')
    .select(['d.id as documentId', 'd.application_id as applicationId', 'd.kind'])
    .where('e.outbox_message_id', '=', messageId)
    .execute()
}

/** Emails the SMTP server accepted whose service is not recorded yet (the worker stopped between). */
export async function findUnrecordedDeliveries(db: Db, limit: number) {
  return db
    .selectFrom('document_service_emails as e')
    .innerJoin('outbox_messages as m', 'm.id', 'e.outbox_message_id')
    .select(['m.id', 'm.sent_at'])
    .where('m.status', '=', 'sent')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('document_services as s')
            .select('s.id')
            .whereRef('s.outbox_message_id', '=', 'm.id'),
        ),
      ),
    )
    .limit(limit)
    .execute()
}

/** The numbered notices of an application (what must be served), oldest first. */
export async function findServableDocuments(db: Db, applicationId: string) {
  return db
    .selectFrom('issued_documents')
    .select(['id', 'kind', 'title', 'number', 'issued_at'])
    .where('application_id', '=', applicationId)
    .where('kind', 'in', [...NOTICE_KINDS])
    .orderBy('issued_at')
    .execute()
}

export async function findServableDocument(db: Db, applicationId: string, documentId: string) {
  return db
    .selectFrom('issued_documents')
    .select(['id', 'kind', 'title', 'number', 'issued_at'])
    .where('application_id', '=', applicationId)
    .where('id', '=', documentId)
    .where('kind', 'in', [...NOTICE_KINDS])
    .executeTakeFirst()
}

export async function findServices(db: Db, applicationId: string) {
  return db
    .selectFrom('document_services')
    .select([
      'id',
      'document_id',
      'method',
      'served_on',
      'served_at',
      'tracking_number',
      'proof_file_id',
      'proof_sha256',
      'signed_by',
      'note',
      'recorded_by',
      'recorded_at',
    ])
    .where('application_id', '=', applicationId)
    .orderBy('served_on')
    .orderBy('recorded_at')
    .execute()
}

/** The documents of this application that an electronic-service email is waiting to serve. */
export async function findPendingServiceEmails(db: Db, applicationId: string) {
  return db
    .selectFrom('document_service_emails as e')
    .innerJoin('issued_documents as d', 'd.id', 'e.document_id')
    .innerJoin('outbox_messages as m', 'm.id', 'e.outbox_message_id')
    .select(['e.document_id', 'm.status'])
    .where('d.application_id', '=', applicationId)
    .execute()
}

/** The earliest day of service of a document: periods that run from service start here. */
export async function findFirstServiceDay(db: Db, documentId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('document_services')
    .select((eb) => eb.fn.min('served_on').as('first'))
    .where('document_id', '=', documentId)
    .executeTakeFirst()
  return row?.first ?? undefined
}

/** What service needs to know of the applicant: consent, email, name and the address as given. */
export async function findServiceAddressee(db: Db, applicationId: string) {
  return db
    .selectFrom('applications')
    .select([
      'id',
      'applicant_name',
      'applicant_type',
      'email',
      'electronic_service_consent',
      'answers',
      'tracking_code',
      'version',
      'stage',
    ])
    .where('id', '=', applicationId)
    .executeTakeFirst()
}

/** An open 补正 whose notice has not been served yet (its period has not started). */
export async function hasUnservedSupplement(db: Db, applicationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('supplement_requests')
    .select('id')
    .where('application_id', '=', applicationId)
    .where('completed_at', 'is', null)
    .where('expired_at', 'is', null)
    .where('deadline', 'is', null)
    .executeTakeFirst()
  return row !== undefined
}
