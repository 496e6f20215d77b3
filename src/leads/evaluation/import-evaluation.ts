import type { Db } from '../../db/database.js'
import type { DayInfo } from '../../calendar/workdays.js'
import type { FieldCrypto } from '../../crypto/field-encryption.js'
import type { ImportPreview } from '../../exchange/import/import-preview.js'
import { notEvaluableRules, type NotEvaluable } from '../import-coverage.js'
import { findImportedKinds } from '../reference/reference-match.repository.js'
import { evaluateCases } from './evaluation.service.js'

/** What the import report adds: "flags raised" and "rules not evaluable (missing columns)". */
export type ImportFlags = {
  raised: Record<string, number>
  newLeads: number
  reopened: number
  notEvaluable: NotEvaluable[]
}

/**
 * Re-evaluates every stored case of the batch's court inside the confirming transaction: the new
 * rows may raise or clear a rule on any of them, and today's date moves the timed rules anyway.
 */
export async function evaluateImport(
  db: Db,
  batch: { court_code: string; preview: unknown },
  now: Date,
  cal: DayInfo,
  crypto: FieldCrypto,
): Promise<ImportFlags> {
  const sheets = (batch.preview as ImportPreview).sheets
  const has = (role: string) => sheets.some((s) => s.role === role)
  const summary = await evaluateCases(db, {
    court: batch.court_code,
    now,
    cal,
    crypto,
    confirming: { court: batch.court_code, events: has('events'), ledger: has('ledger') },
  })
  return {
    raised: summary.raised,
    newLeads: summary.newLeads,
    reopened: summary.reopened,
    notEvaluable: notEvaluableRules(sheets, await findImportedKinds(db)),
  }
}
