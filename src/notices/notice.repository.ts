import type { Db } from '../db/database.js'

/** The facts of an application a notice names; applicant name is stored in clear (docs/product.md §7). */
export async function getNoticeApplication(db: Db, id: string) {
  return db
    .selectFrom('applications')
    .select([
      'id',
      'tracking_code',
      'applicant_name',
      'applicant_type',
      'court_name',
      'case_number',
      'submitted_at',
      'email',
    ])
    .where('id', '=', id)
    .executeTakeFirstOrThrow(() => new Error(`application ${id} not found`))
}
export type NoticeApplication = Awaited<ReturnType<typeof getNoticeApplication>>
