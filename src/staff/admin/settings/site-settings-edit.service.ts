import { insertAuditEvent } from '../../../audit/audit.repository.js'
import type { Deps } from '../../../deps.js'
import type { StaffRole } from '../../staff-account.table.js'
import {
  replaceSupervisedCourts,
  updateSiteSettingsRow,
} from '../../../site/site-settings.repository.js'
import type { CheckedSiteSettings } from './site-settings.schema.js'

type Editor = { id: string; roles: StaffRole[]; ip: string | null }

/**
 * Saves the settings, the court list and the audit row in one transaction, then reloads this
 * process's copy so the next page already shows them (other processes pick them up within a minute).
 */
export async function saveSiteSettings(
  deps: Deps,
  editor: Editor,
  value: CheckedSiteSettings,
): Promise<void> {
  const before = deps.siteSettings.current()
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (trx) => {
    await updateSiteSettingsRow(
      trx,
      {
        procuratorate_name: value.name,
        short_name: value.shortName,
        upper_procuratorate_name: value.upperName,
        address: value.address,
        phone: value.phone,
        office_hours: value.officeHours,
        supplement_period_days: value.supplementPeriodDays,
        procedural_reply_unit: value.proceduralReplyUnit,
      },
      now,
    )
    await replaceSupervisedCourts(trx, value.courts)
    await insertAuditEvent(trx, {
      actor: { type: 'staff', id: editor.id, roles: editor.roles },
      ip: editor.ip,
      action: 'site_settings.update',
      object: { type: 'site_settings', id: '1' },
      result: 'success',
      details: { changed: changedFields(before, value), courts: value.courts.map((c) => c.code) },
      at: now,
    })
  })
  await deps.siteSettings.load()
}

/** Names of the fields that changed: the values are public information, the names suffice. */
function changedFields(before: CheckedSiteSettings, after: CheckedSiteSettings): string[] {
  const keys = [
    'name',
    'shortName',
    'upperName',
    'address',
    'phone',
    'officeHours',
    'supplementPeriodDays',
    'proceduralReplyUnit',
  ] as const
  const changed: string[] = keys.filter((k) => before[k] !== after[k])
  const courts = (v: CheckedSiteSettings) => JSON.stringify(v.courts.map((c) => [c.code, c.name]))
  if (courts(before) !== courts(after)) changed.push('courts')
  return changed
}
