import type { Db } from '../db/database.js'
import {
  DEFAULT_RETENTION,
  isRetentionKind,
  type RetentionKind,
  type RetentionMonths,
} from '../kernel/retention-kinds.js'

/** The periods in force: an administrator's choice where one was saved, else the default. */
export async function findRetentionMonths(db: Db): Promise<RetentionMonths> {
  const rows = await db.selectFrom('retention_periods').select(['kind', 'months']).execute()
  const months = { ...DEFAULT_RETENTION }
  for (const r of rows) if (isRetentionKind(r.kind)) months[r.kind] = r.months
  return months
}

export async function saveRetentionMonths(
  db: Db,
  input: { kind: RetentionKind; months: number; staffId: string; at: Date },
): Promise<void> {
  await db
    .insertInto('retention_periods')
    .values({
      kind: input.kind,
      months: input.months,
      updated_by: input.staffId,
      updated_at: input.at,
    })
    .onConflict((oc) =>
      oc.column('kind').doUpdateSet({
        months: input.months,
        updated_by: input.staffId,
        updated_at: input.at,
      }),
    )
    .execute()
}

/** Whether the purge has removed this application's personal data and files. */
export async function isApplicationPurged(db: Db, applicationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('applications')
    .select('purged_at')
    .where('id', '=', applicationId)
    .executeTakeFirst()
  return row?.purged_at != null
}
