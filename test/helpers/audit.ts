import type { Deps } from '../../src/deps.js'

/** The audit rows about one object, oldest first, as `action:result` plus their details. */
export async function auditRowsFor(deps: Deps, objectType: string, objectId: string) {
  return deps.db
    .selectFrom('audit_events')
    .select(['action', 'result', 'actor_id', 'details'])
    .where('object_type', '=', objectType)
    .where('object_id', '=', objectId)
    .orderBy('id')
    .execute()
}

export async function auditActionsFor(deps: Deps, objectType: string, objectId: string) {
  return (await auditRowsFor(deps, objectType, objectId)).map((r) => `${r.action}:${r.result}`)
}
