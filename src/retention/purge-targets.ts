import type { Db } from '../db/database.js'
import { STAGE_TEXT, type Stage } from '../workflow/stages.js'
import type { RetentionKind } from '../kernel/retention-kinds.js'
import {
  APPLICATION_KINDS,
  findApplicationFiles,
  findDueApplications,
  lockPurgeable,
  scrubApplication,
  type ApplicationKind,
  type DueApplication,
} from './purge-applications.repository.js'
import {
  findDueExOfficio,
  findDuePetitions,
  findDueReferenceLists,
  scrubExOfficio,
  scrubPetition,
  scrubReferenceList,
} from './purge-records.repository.js'

export type DueRecord = DueApplication

/**
 * One kind of record the daily purge removes case by case, each in its own transaction: the
 * records whose period of `months` ends by `asOf`, and the removal of one (false when it is no
 * longer due: purged by another process, put on hold meanwhile). `files` go to the store after
 * the commit.
 */
export type PurgeTarget = {
  kind: RetentionKind
  /** the audit row's object type */
  objectType: 'application' | 'ex_officio_case' | 'collab_petition' | 'exchange_log'
  findDue(
    db: Db,
    months: number,
    asOf: Date,
    options: { includeHeld: boolean; limit: number },
  ): Promise<DueRecord[]>
  purgeOne(trx: Db, id: string, now: Date): Promise<{ purged: boolean; files: string[] }>
}

function applicationTarget(kind: ApplicationKind): PurgeTarget {
  const stage: Stage = APPLICATION_KINDS[kind]
  if (!STAGE_TEXT[stage].terminal) throw new Error(`${stage} is not a final stage`)
  return {
    kind,
    objectType: 'application',
    findDue: (db, months, asOf, options) => findDueApplications(db, kind, months, asOf, options),
    async purgeOne(trx, id, now) {
      if (!(await lockPurgeable(trx, id, [stage]))) return { purged: false, files: [] }
      const files = await findApplicationFiles(trx, id)
      await scrubApplication(trx, id, now)
      return { purged: true, files }
    },
  }
}

export const PURGE_TARGETS: readonly PurgeTarget[] = [
  ...(Object.keys(APPLICATION_KINDS) as ApplicationKind[]).map(applicationTarget),
  {
    kind: 'ex_officio',
    objectType: 'ex_officio_case',
    findDue: findDueExOfficio,
    purgeOne: async (trx, id, now) => ({ purged: await scrubExOfficio(trx, id, now), files: [] }),
  },
  {
    kind: 'petitions',
    objectType: 'collab_petition',
    findDue: findDuePetitions,
    purgeOne: async (trx, id, now) => ({ purged: await scrubPetition(trx, id, now), files: [] }),
  },
  {
    kind: 'reference_lists',
    objectType: 'exchange_log',
    findDue: findDueReferenceLists,
    async purgeOne(trx, id, now) {
      const file = await scrubReferenceList(trx, id, now)
      return { purged: file !== undefined, files: file ? [file] : [] }
    },
  },
]
