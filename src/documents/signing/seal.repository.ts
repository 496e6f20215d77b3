import type { Db } from '../../db/database.js'

/** The seal drawn on formal notices, or undefined while none is uploaded. */
export async function findSealImage(db: Db): Promise<Buffer | undefined> {
  const row = await db.selectFrom('procuratorate_seals').select('png').executeTakeFirst()
  if (!row) return undefined
  const png = row.png
  return Buffer.isBuffer(png) ? png : Buffer.from(png.buffer, png.byteOffset, png.byteLength)
}

export async function findSealInfo(db: Db) {
  return db
    .selectFrom('procuratorate_seals')
    .select(['sha256', 'width', 'height', 'uploaded_by', 'uploaded_at'])
    .executeTakeFirst()
}

/** Replaces the one seal row. */
export async function saveSeal(
  db: Db,
  seal: { png: Buffer; sha256: string; width: number; height: number; by: string; at: Date },
): Promise<void> {
  const row = {
    png: seal.png,
    sha256: seal.sha256,
    width: seal.width,
    height: seal.height,
    uploaded_by: seal.by,
    uploaded_at: seal.at,
  }
  await db
    .insertInto('procuratorate_seals')
    .values({ id: 1, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute()
}
