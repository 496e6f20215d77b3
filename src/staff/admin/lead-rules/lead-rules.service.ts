import { insertAuditEvent } from '../../../audit/audit.repository.js'
import type { Deps } from '../../../deps.js'
import { countRaisedResults as countRaised } from '../../../leads/evaluation/evaluation.repository.js'
import { evaluateCases } from '../../../leads/evaluation/evaluation.service.js'
import { upsertLeadSettings } from '../../../leads/lead-settings.repository.js'
import { loadLeadSettings, type LeadSettings } from '../../../leads/lead-settings.js'
import { recordedActor, type StaffActor } from '../../staff-actor.js'
import { SETTING_FIELDS } from './lead-rules.schema.js'

export type SettingsView = {
  key: string
  label: string
  unit: string
  default: number
  value: number
  min: number
  max: number
  note?: string | undefined
}

const valueOf = (s: LeadSettings, key: string) =>
  key.startsWith('weight.') ? s.weights[key.slice(7)]! : s.thresholds[key]!

export async function leadSettingsView(deps: Deps): Promise<SettingsView[]> {
  const s = await loadLeadSettings(deps.db)
  return SETTING_FIELDS.map((f) => ({ ...f, value: valueOf(s, f.key) }))
}

export type SaveResult = { changed: number; raisedBefore: number; raisedAfter: number }

/**
 * Saves the changed settings, re-evaluates every stored case with them and records the audit event
 * (each change with its old and new value, and the raised counts before and after) — all in one
 * transaction, so the leads never reflect settings that were not saved, nor the reverse.
 */
export async function saveLeadSettings(
  deps: Deps,
  actor: StaffActor,
  values: Record<string, number>,
): Promise<SaveResult> {
  return deps.db.transaction().execute(async (trx) => {
    const before = await loadLeadSettings(trx)
    const changes = SETTING_FIELDS.filter((f) => values[f.key] !== valueOf(before, f.key)).map(
      (f) => ({ key: f.key, from: valueOf(before, f.key), to: values[f.key]!, default: f.default }),
    )
    if (changes.length === 0) return { changed: 0, raisedBefore: 0, raisedAfter: 0 }
    const now = deps.clock.now()
    const raisedBefore = await countRaised(trx)
    await upsertLeadSettings(
      trx,
      changes.map((c) => ({ key: c.key, value: c.to })),
      actor.staff.id,
      now,
    )
    const summary = await evaluateCases(trx, {
      now,
      cal: deps.calendar.dayInfo(),
      crypto: deps.fieldCrypto,
    })
    const raisedAfter = await countRaised(trx)
    await insertAuditEvent(trx, {
      actor: recordedActor(actor),
      ip: actor.ip,
      action: 'lead_settings.update',
      at: now,
      object: { type: 'lead_settings' },
      result: 'success',
      details: {
        changes,
        raisedBefore,
        raisedAfter,
        raisedByRule: summary.raised,
        newLeads: summary.newLeads,
        reopened: summary.reopened,
      },
    })
    return { changed: changes.length, raisedBefore, raisedAfter }
  })
}
