import { insertAuditEvent } from '../../../audit/audit.repository.js'
import type { Deps } from '../../../deps.js'
import type { FormValues } from '../../../http/form.js'
import {
  formatDocumentNumber,
  numberYear,
  templateProblem,
} from '../../../notices/document-number.js'
import {
  findNumberCounters,
  findNumberTemplates,
  getNumberAbbreviation,
  updateNumberAbbreviation,
  updateNumberTemplate,
} from '../../../notices/document-number.repository.js'
import { NUMBERED_KINDS } from '../../../documents/document-kinds.js'
import { numberedKindHeading } from '../../../notices/notice-kinds.js'
import type { NumberSettingsView } from './document-numbers-view.js'

/** The page's model: saved values, or the submitted ones when they are being corrected. */
export async function numberSettingsView(
  deps: Deps,
  submitted?: FormValues,
): Promise<NumberSettingsView> {
  const year = numberYear(deps.clock.now())
  const [saved, abbreviation, counters] = await Promise.all([
    findNumberTemplates(deps.db),
    getNumberAbbreviation(deps.db),
    findNumberCounters(deps.db, year),
  ])
  const input = (key: string, fallback: string) => {
    const v = submitted?.[key]
    return typeof v === 'string' ? v.trim() : fallback
  }
  const abbr = input('abbreviation', abbreviation)
  const rows = NUMBERED_KINDS.map((kind) => {
    const row = saved.find((r) => r.kind === kind)!
    const typeCode = input(`code_${kind}`, row.type_code)
    const template = input(`template_${kind}`, row.template)
    const sequence = (counters.find((c) => c.kind === kind)?.last ?? 0) + 1
    const ok = !templateProblem(template) && typeCode.length > 0 && abbr.length > 0
    const preview = ok
      ? formatDocumentNumber(template, { abbreviation: abbr, typeCode, year, sequence })
      : undefined
    return { kind, title: numberedKindHeading(kind), typeCode, template, preview }
  })
  return { abbreviation: abbr, year, rows }
}

/** Saves the abbreviation and every template in one transaction with one audit event. */
export async function saveNumberSettings(
  deps: Deps,
  staff: { id: string; roles: readonly string[]; ip: string | null },
  view: NumberSettingsView,
): Promise<void> {
  const at = deps.clock.now()
  const before = await findNumberTemplates(deps.db)
  const changed = view.rows
    .filter((r) => {
      const old = before.find((b) => b.kind === r.kind)
      return old?.template !== r.template || old?.type_code !== r.typeCode
    })
    .map((r) => r.kind)
  await deps.db.transaction().execute(async (trx) => {
    await updateNumberAbbreviation(trx, view.abbreviation, staff.id, at)
    for (const row of view.rows.filter((r) => changed.includes(r.kind))) {
      await updateNumberTemplate(trx, { ...row, by: staff.id, at })
    }
    await insertAuditEvent(trx, {
      actor: { type: 'staff', id: staff.id, roles: [...staff.roles] },
      ip: staff.ip,
      action: 'settings.document_numbers',
      object: { type: 'document_number_templates' },
      result: 'success',
      details: {
        abbreviation: view.abbreviation,
        changed: Object.fromEntries(
          view.rows
            .filter((r) => changed.includes(r.kind))
            .map((r) => [r.kind, r.template.replace('{类}', r.typeCode)]),
        ),
      },
      at,
    })
  })
}
