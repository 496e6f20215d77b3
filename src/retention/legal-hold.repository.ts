import type { Db } from '../db/database.js'

export type ActiveHold = { id: string; reason: string; set_at: Date; set_by_name: string }

/** The active hold on an application, if any. */
export async function findActiveHold(
  db: Db,
  applicationId: string,
): Promise<ActiveHold | undefined> {
  return db
    .selectFrom('legal_holds as h')
    .innerJoin('staff_accounts as s', 's.id', 'h.set_by')
    .select(['h.id', 'h.reason', 'h.set_at', 's.display_name as set_by_name'])
    .where('h.subject_type', '=', 'application')
    .where('h.subject_id', '=', applicationId)
    .where('h.lifted_at', 'is', null)
    .executeTakeFirst()
}

/** Sets a hold; undefined when one is already active (the partial unique index refuses a second). */
export async function insertHold(
  db: Db,
  input: { applicationId: string; reason: string; staffId: string; at: Date },
): Promise<string | undefined> {
  const row = await db
    .insertInto('legal_holds')
    .values({
      subject_type: 'application',
      subject_id: input.applicationId,
      reason: input.reason,
      set_by: input.staffId,
      set_at: input.at,
    })
    .onConflict((oc) =>
      oc.columns(['subject_type', 'subject_id']).where('lifted_at', 'is', null).doNothing(),
    )
    .returning('id')
    .executeTakeFirst()
  return row?.id
}

/** Lifts the active hold; undefined when there was none. */
export async function liftHold(
  db: Db,
  input: { applicationId: string; reason: string; staffId: string; at: Date },
): Promise<string | undefined> {
  const row = await db
    .updateTable('legal_holds')
    .set({ lifted_at: input.at, lifted_by: input.staffId, lift_reason: input.reason })
    .where('subject_type', '=', 'application')
    .where('subject_id', '=', input.applicationId)
    .where('lifted_at', 'is', null)
    .returning('id')
    .executeTakeFirst()
  return row?.id
}
