import { sql } from 'kysely'
import type { Db } from '../../db/database.js'
import type {
  CollabReferralsTable,
  EvidenceItem,
  NewReferralRow,
  ReferralRow,
} from './referral.table.js'
import type { Updateable } from 'kysely'

export async function insertReferral(db: Db, row: NewReferralRow): Promise<string> {
  const r = await db
    .insertInto('collab_referrals')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

export async function findReferral(db: Db, id: string): Promise<ReferralRow | undefined> {
  return db.selectFrom('collab_referrals').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The referral locked for a change of its state, or undefined. */
export async function lockReferral(db: Db, id: string): Promise<ReferralRow | undefined> {
  return db
    .selectFrom('collab_referrals')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export async function updateReferral(
  db: Db,
  id: string,
  change: Omit<Updateable<CollabReferralsTable>, 'evidence'> & { evidence?: EvidenceItem[] },
): Promise<void> {
  const { evidence, ...rest } = change
  await db
    .updateTable('collab_referrals')
    .set({ ...rest, ...(evidence ? { evidence: sql`${JSON.stringify(evidence)}::jsonb` } : {}) })
    .where('id', '=', id)
    .execute()
}

export async function findReferrals(db: Db, limit: number) {
  return db
    .selectFrom('collab_referrals as r')
    .leftJoin('applications as a', 'a.id', 'r.application_id')
    .selectAll('r')
    .select(['a.tracking_code'])
    .orderBy('r.created_at', 'desc')
    .limit(limit)
    .execute()
}

export async function findReferralsOfApplication(db: Db, applicationId: string) {
  return db
    .selectFrom('collab_referrals')
    .select(['id', 'crime', 'letter_number', 'created_at'])
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .execute()
}

export async function insertConsultation(
  db: Db,
  row: {
    referral_id: string
    kind: 'court_analysis' | 'joint_consultation'
    held_on: string
    participants: string
    conclusion: string
    disagreements: string | null
    recorded_by: string
    recorded_at: Date
  },
): Promise<string> {
  const r = await db
    .insertInto('collab_referral_consultations')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

export async function findConsultations(db: Db, referralId: string) {
  return db
    .selectFrom('collab_referral_consultations')
    .select(['id', 'kind', 'held_on', 'participants', 'conclusion', 'disagreements'])
    .where('referral_id', '=', referralId)
    .orderBy('held_on')
    .orderBy('recorded_at')
    .execute()
}

export async function findApplicationByCode(db: Db, code: string) {
  return db
    .selectFrom('applications')
    .select(['id', 'tracking_code', 'case_number'])
    .where('tracking_code', '=', code)
    .executeTakeFirst()
}

/** The periods table as a map: key → days, label, basis, verified. */
export async function findPeriodSettings(db: Db) {
  const rows = await db
    .selectFrom('collab_period_settings')
    .select(['key', 'days', 'label', 'basis', 'verified'])
    .execute()
  return Object.fromEntries(rows.map((r) => [r.key, r]))
}

/**
 * The next number of the 移送函 in `year`, from the shared document counters under a kind of its
 * own: the upsert holds the counter row until the caller's transaction ends (no gaps, no doubles).
 */
export async function nextReferralSequence(db: Db, year: number): Promise<number> {
  return nextCollabSequence(db, 'crime_referral_letter', year)
}

/** The same counters for the ledger's other numbered documents (请示报告). */
export async function nextCollabSequence(
  db: Db,
  kind: 'crime_referral_letter' | 'escalation_report',
  year: number,
): Promise<number> {
  const r = await sql<{ last: number }>`
    insert into document_number_counters (kind, year, last) values (${kind}, ${year}, 1)
    on conflict (kind, year) do update set last = document_number_counters.last + 1
    returning last`.execute(db)
  return r.rows[0]!.last
}

export async function findNumberAbbreviation(db: Db): Promise<string> {
  const r = await db
    .selectFrom('document_number_settings')
    .select('abbreviation')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow()
  return r.abbreviation
}

/** Every period row, for the administrator's page. */
export async function findAllPeriodSettings(db: Db) {
  return db
    .selectFrom('collab_period_settings')
    .select(['key', 'days', 'label', 'basis', 'verified', 'own_choice'])
    .orderBy('key')
    .execute()
}

/**
 * Changes one period's days; false when there is no such key. `basis`, for a period the
 * procuratorate sets itself: a text names what it rests on, null marks it the procuratorate's choice.
 */
export async function updatePeriodDays(
  db: Db,
  key: string,
  days: number,
  at: Date,
  basis?: { text: string | null; ownChoiceText: string },
): Promise<boolean> {
  const r = await db
    .updateTable('collab_period_settings')
    .set({
      days,
      updated_at: at,
      ...(basis && {
        basis: basis.text ?? basis.ownChoiceText,
        own_choice: basis.text === null,
        verified: basis.text === null,
      }),
    })
    .where('key', '=', key)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}
