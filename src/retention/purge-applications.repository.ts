import { sql } from 'kysely'
import type { Db } from '../db/database.js'
import type { Stage } from '../workflow/stages.js'

/** The dispositions of an application that start a retention period, by their final stage. */
export const APPLICATION_KINDS = {
  not_accepted: 'not_accepted',
  referred: 'referred',
  withdrawn: 'withdrawn',
  deemed_withdrawn: 'deemed_withdrawn',
  closed: 'closed',
} as const satisfies Record<string, Stage>
export type ApplicationKind = keyof typeof APPLICATION_KINDS

const PURGED = '（已清除）'

/** When the application reached its present stage: its period runs from that event. */
const endedAt = sql<Date>`(select max(ev.occurred_at) from application_events ev
  where ev.application_id = a.id and ev.to_stage = a.stage)`

const activeHold = sql<boolean>`exists (select 1 from legal_holds h
  where h.subject_type = 'application' and h.subject_id = a.id and h.lifted_at is null)`

export type DueApplication = { id: string; due: Date; held: boolean }

/**
 * Applications of `kind` whose period of `months` ends before `asOf`, not yet purged; with
 * `held`, those under a legal hold too (the admin preview counts them apart; the purge skips them).
 */
export async function findDueApplications(
  db: Db,
  kind: ApplicationKind,
  months: number,
  asOf: Date,
  options: { includeHeld: boolean; limit: number },
): Promise<DueApplication[]> {
  const due = sql<Date>`${endedAt} + make_interval(months => ${months})`
  let query = db
    .selectFrom('applications as a')
    .select(['a.id', due.as('due'), activeHold.as('held')])
    .where('a.stage', '=', APPLICATION_KINDS[kind])
    .where('a.purged_at', 'is', null)
    .where(due, '<=', asOf)
    .orderBy('a.id')
    .limit(options.limit)
  if (!options.includeHeld) query = query.where(sql<boolean>`not ${activeHold}`)
  return query.execute()
}

/**
 * Locks the application and says whether it may be purged now: still in a final stage, not yet
 * purged, no active hold. A hold set after the list was read waits on this row lock, or is seen.
 */
export async function lockPurgeable(
  db: Db,
  id: string,
  stages: readonly Stage[],
): Promise<boolean> {
  const row = await db
    .selectFrom('applications as a')
    .select(['a.stage', 'a.purged_at', activeHold.as('held')])
    .where('a.id', '=', id)
    .forUpdate()
    .executeTakeFirst()
  return !!row && row.purged_at === null && !row.held && stages.includes(row.stage)
}

/** The stored files of the application: materials, issued documents, scanned 送达回证. */
export async function findApplicationFiles(db: Db, id: string): Promise<string[]> {
  const rows = await db
    .selectFrom('application_materials')
    .select('file_id')
    .where('application_id', '=', id)
    .unionAll(db.selectFrom('issued_documents').select('file_id').where('application_id', '=', id))
    .unionAll(
      db
        .selectFrom('document_services')
        .select('proof_file_id as file_id')
        .where('application_id', '=', id)
        .where('proof_file_id', 'is not', null)
        .$narrowType<{ file_id: string }>(),
    )
    .execute()
  return rows.map((r) => r.file_id)
}

/**
 * Removes the personal data of one application and keeps its skeleton: stage, dates, events,
 * clocks, supplement requests, review outcomes — what the statistics count (src/stats). The
 * encrypted identifiers are overwritten with nothing (there is one key for all rows, so no key
 * can be destroyed per case; decision 090), the keyed hashes with a value no number hashes to.
 */
export async function scrubApplication(db: Db, id: string, now: Date): Promise<void> {
  const empty = new Uint8Array(0)
  await db
    .updateTable('applications')
    .set({
      applicant_name: PURGED,
      id_number_encrypted: empty,
      id_number_hash: `purged:${id}`,
      mobile_encrypted: empty,
      mobile_hash: `purged:${id}`,
      email: null,
      agent_id_number_encrypted: null,
      agent_mobile_encrypted: null,
      case_number: PURGED,
      answers: '{}',
      purged_at: now,
    })
    .where('id', '=', id)
    .execute()
  await db
    .updateTable('application_materials')
    .set({ original_name: PURGED, description: null })
    .where('application_id', '=', id)
    .execute()
  await db.deleteFrom('application_notes').where('application_id', '=', id).execute()
  await db.deleteFrom('applicant_sessions').where('application_id', '=', id).execute()
  await db
    .updateTable('application_events')
    .set({ public_note: null })
    .where('application_id', '=', id)
    .execute()
  await db
    .updateTable('withdrawal_requests')
    .set({ decision_note: null })
    .where('application_id', '=', id)
    .execute()
  await db
    .updateTable('recusal_requests')
    .set({ reason: PURGED })
    .where('application_id', '=', id)
    .execute()
  await scrubReviewTexts(db, id)
  await scrubServiceAndMail(db, id)
}

async function scrubReviewTexts(db: Db, id: string): Promise<void> {
  await db
    .updateTable('review_records')
    .set({ detail: null, explanation: null })
    .where('application_id', '=', id)
    .execute()
  await db
    .updateTable('recommendation_drafts')
    .set({ violations: PURGED, recommendation: PURGED, return_comment: null })
    .where('application_id', '=', id)
    .execute()
  await db
    .updateTable('court_replies')
    .set({ note: null })
    .where('application_id', '=', id)
    .execute()
}

/** 送达 records keep method and date; the emails sent about the case lose address and body. */
async function scrubServiceAndMail(db: Db, id: string): Promise<void> {
  await db
    .updateTable('document_services')
    .set({ signed_by: null, note: null })
    .where('application_id', '=', id)
    .execute()
  const docs = await db
    .selectFrom('issued_documents')
    .select(['id', 'file_id'])
    .where('application_id', '=', id)
    .execute()
  const keys = [
    ...docs.map((d) => `notice:${d.id}`),
    ...docs.map((d) => `evidence-receipt:${d.file_id}`),
  ]
  const mine = db
    .selectFrom('outbox_messages')
    .select('id')
    .where('status', '<>', 'pending')
    .where((eb) =>
      eb.or([
        eb('message_key', 'like', `%:${id}`),
        eb('message_key', 'like', `%:${id}:%`),
        ...(keys.length ? [eb('message_key', 'in', keys)] : []),
      ]),
    )
  await db.deleteFrom('outbox_attachments').where('message_id', 'in', mine).execute()
  await db
    .updateTable('outbox_messages')
    .set({ recipient: 'purged.invalid', subject: PURGED, text_body: '', html_body: null })
    .where('id', 'in', mine)
    .execute()
}
