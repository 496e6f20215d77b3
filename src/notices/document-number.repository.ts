import type { Db } from '../db/database.js'
import type { NumberedKind } from '../documents/document-kinds.js'

/**
 * The next sequence number of `kind` in `year`. The upsert takes the counter row's lock until the
 * caller's transaction ends, so concurrent issuers of one kind queue up (no duplicates), and a
 * rolled-back transaction undoes its increment (no gaps). Run it inside the notice's transaction.
 */
export async function nextSequence(trx: Db, kind: NumberedKind, year: number): Promise<number> {
  const row = await trx
    .insertInto('document_number_counters')
    .values({ kind, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['kind', 'year']).doUpdateSet((eb) => ({
        last: eb('document_number_counters.last', '+', 1),
      })),
    )
    .returning('last')
    .executeTakeFirstOrThrow()
  return row.last
}

export async function getNumberFormat(db: Db, kind: NumberedKind) {
  const row = await db
    .selectFrom('document_number_templates')
    .select(['template', 'type_code'])
    .where('kind', '=', kind)
    .executeTakeFirstOrThrow(() => new Error(`no number template for ${kind}`))
  return { ...row, abbreviation: await getNumberAbbreviation(db) }
}

export async function findNumberTemplates(db: Db) {
  return db
    .selectFrom('document_number_templates')
    .select(['kind', 'type_code', 'template', 'updated_at'])
    .execute()
}

export async function getNumberAbbreviation(db: Db): Promise<string> {
  const row = await db
    .selectFrom('document_number_settings')
    .select('abbreviation')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow()
  return row.abbreviation
}

export async function updateNumberAbbreviation(db: Db, abbreviation: string, by: string, at: Date) {
  await db
    .updateTable('document_number_settings')
    .set({ abbreviation, updated_by: by, updated_at: at })
    .where('id', '=', 1)
    .execute()
}

export async function updateNumberTemplate(
  db: Db,
  row: { kind: NumberedKind; typeCode: string; template: string; by: string; at: Date },
) {
  await db
    .updateTable('document_number_templates')
    .set({
      type_code: row.typeCode,
      template: row.template,
      updated_by: row.by,
      updated_at: row.at,
    })
    .where('kind', '=', row.kind)
    .execute()
}

export async function findNumberCounters(db: Db, year: number) {
  return db
    .selectFrom('document_number_counters')
    .select(['kind', 'last'])
    .where('year', '=', year)
    .execute()
}
