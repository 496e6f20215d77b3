import { type Stage, TERMINAL_STAGES } from '../workflow/stages.js'
import type { Db } from '../db/database.js'

export type RelatedRow = {
  id: string
  tracking_code: string
  stage: Stage
  same_case_number: boolean
  same_applicant: boolean
}

/**
 * The other open applications with the same 执行案号 or the same applicant (keyed ID-number hash):
 * the ones the 可能重复 flag stands for. Two index lookups combined (BitmapOr), oldest first.
 */
export async function findRelatedOpenApplications(
  db: Db,
  applicationId: string,
): Promise<RelatedRow[]> {
  const self = await db
    .selectFrom('applications')
    .select(['case_number', 'id_number_hash'])
    .where('id', '=', applicationId)
    .executeTakeFirst()
  if (!self) return []
  return db
    .selectFrom('applications')
    .select((eb) => [
      'id',
      'tracking_code',
      'stage',
      eb('case_number', '=', self.case_number).as('same_case_number'),
      eb('id_number_hash', '=', self.id_number_hash).as('same_applicant'),
    ])
    .where((eb) =>
      eb.or([
        eb('case_number', '=', self.case_number),
        eb('id_number_hash', '=', self.id_number_hash),
      ]),
    )
    .where('id', '<>', applicationId)
    .where('stage', 'not in', TERMINAL_STAGES)
    .orderBy('submitted_at')
    .orderBy('id')
    .$castTo<RelatedRow>()
    .execute()
}
