import type { Db } from '../db/database.js'

export async function findLeadSettings(db: Db) {
  return db.selectFrom('lead_settings').select(['key', 'value', 'updated_at']).execute()
}

export async function upsertLeadSettings(
  db: Db,
  rows: { key: string; value: number }[],
  by: string,
  at: Date,
): Promise<void> {
  if (rows.length === 0) return
  await db
    .insertInto('lead_settings')
    .values(
      rows.map((r) => ({ key: r.key, value: String(r.value), updated_by: by, updated_at: at })),
    )
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        value: eb.ref('excluded.value'),
        updated_by: eb.ref('excluded.updated_by'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute()
}
