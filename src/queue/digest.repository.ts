import { sql } from 'kysely'
import type { Stage } from '../workflow/stages.js'
import type { Db } from '../db/database.js'
import type { StaffRole } from '../staff/staff-account.table.js'
import { DUE_KEY, IS_OPEN } from './queue.repository.js'

/**
 * Claims the day: only the first insert for a day succeeds. A second process waits on the row until
 * the first commits, then finds it there; if the first rolls back, the second sends instead.
 */
export async function claimDigestDay(db: Db, day: string, now: Date): Promise<boolean> {
  const row = await db
    .insertInto('digest_runs')
    .values({ day, sent_at: now, recipients: 0 })
    .onConflict((oc) => oc.column('day').doNothing())
    .returning('day')
    .executeTakeFirst()
  return row !== undefined
}

export async function setDigestRecipients(db: Db, day: string, recipients: number): Promise<void> {
  await db.updateTable('digest_runs').set({ recipients }).where('day', '=', day).execute()
}

export type DigestRecipient = { id: string; email: string; roles: StaffRole[] }

/** Enabled accounts with an address and a case role (admin and auditor see no case files). */
export async function findDigestRecipients(db: Db): Promise<DigestRecipient[]> {
  const rows = await db
    .selectFrom('staff_accounts')
    .select(['id', 'email', 'roles'])
    .where('disabled_at', 'is', null)
    .where('email', 'is not', null)
    .where(sql<boolean>`roles && array['intake', 'reviewer', 'leader']::text[]`)
    .orderBy('id')
    .execute()
  return rows.map((r) => ({ id: r.id, email: r.email!, roles: r.roles }))
}

export type DigestItemRow = {
  tracking_code: string
  case_number: string
  stage: Stage
  next_due: string
  assigned_staff_id: string | null
}

/**
 * Open applications due on or before `until` (overdue ones included) that someone answers for: an
 * assignee, or intake for the unassigned ones awaiting a first answer. One range scan on the
 * queue's open index.
 */
export async function findDigestItems(db: Db, until: string): Promise<DigestItemRow[]> {
  return db
    .selectFrom('applications')
    .select(['tracking_code', 'case_number', 'stage', 'next_due', 'assigned_staff_id'])
    .where(IS_OPEN)
    .where(DUE_KEY, '<=', until)
    .where((eb) =>
      eb.or([
        eb('assigned_staff_id', 'is not', null),
        eb('stage', 'in', ['submitted', 'supplement_requested']),
      ]),
    )
    .orderBy(DUE_KEY)
    .orderBy('applications.id')
    .$castTo<DigestItemRow>()
    .execute()
}
