import { fieldLabel } from '../exchange/import/exchange-fields.js'
import type { SheetRole } from '../exchange/import/field-types.js'
import { LIST_NAMES } from './rules/ref-helpers.js'
import { RULES } from './rules/index.js'
import type { RefKind } from './rules/rule-types.js'

export type NotEvaluable = { rule: string; name: string; missing: string[] }

type Sheet = { role: SheetRole; columns: { field: string }[] }

/**
 * The rules a batch cannot feed, with the columns or sheets it lacks: the import report's "rules not
 * evaluable (missing columns)", the signal the court liaison takes back to the court.
 */
export function notEvaluableRules(
  sheets: readonly Sheet[],
  lists: ReadonlySet<RefKind> = new Set(),
): NotEvaluable[] {
  const fields = new Set(
    sheets.filter((s) => s.role === 'cases').flatMap((s) => s.columns.map((c) => c.field)),
  )
  const has = (role: SheetRole) => sheets.some((s) => s.role === role)
  return RULES.flatMap((rule) => {
    const missing = [
      ...rule.needs.cases.filter((f) => !fields.has(f)).map((f) => fieldLabel('cases', f)),
      ...(rule.needs.events && !has('events') ? ['执行措施/节点表'] : []),
      ...(rule.needs.ledger && !has('ledger') ? ['执行款台账表'] : []),
      ...(rule.needs.lists && !rule.needs.lists.some((k) => lists.has(k))
        ? [rule.needs.lists.map((k) => LIST_NAMES[k]).join('或')]
        : []),
    ]
    return missing.length ? [{ rule: rule.id, name: rule.name, missing }] : []
  })
}
