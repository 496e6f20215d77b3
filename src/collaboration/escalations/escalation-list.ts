import type { Deps } from '../../deps.js'
import { formatTrackingCode } from '../../kernel/tracking-code.js'
import { toEscalationView, type EscalationView } from './case-collab-view.js'
import { findEscalations } from './escalation.repository.js'

export type EscalationListItem = EscalationView & { applicationId: string; trackingCode: string }

/** Every 请示报告, newest first, with the application each is about (counted in statistics). */
export async function listEscalations(deps: Deps): Promise<EscalationListItem[]> {
  const rows = await findEscalations(deps.db, 200)
  return rows.map((r) => ({
    ...toEscalationView(r),
    applicationId: r.application_id,
    trackingCode: formatTrackingCode(r.tracking_code),
  }))
}
