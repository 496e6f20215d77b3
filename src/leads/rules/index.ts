import type { Rule, ThresholdDef, Thresholds } from './rule-types.js'
import { x01 } from './x01-early-termination.js'
import { x02 } from './x02-missing-prerequisites.js'
import { x03 } from './x03-incomplete-search.js'
import { x04 } from './x04-no-interview.js'
import { x05a } from './x05-property-at-termination.js'
import { x05b } from './x05b-property-after-termination.js'
import { x06 } from './x06-no-periodic-search.js'
import { x07a } from './x07-passive-execution.js'
import { x07b } from './x07-late-notice.js'
import { x07c } from './x07-lead-not-checked.js'
import { x08 } from './x08-money-not-paid.js'
import { x09 } from './x09-sanction-not-lifted.js'
import { x10 } from './x10-no-restriction.js'
import { x11 } from './x11-dishonest-expired.js'
import { x12 } from './x12-deceased-respondent.js'
import { x13 } from './x13-bankrupt-still-sanctioned.js'
import { x14 } from './x14-seizure-overdue.js'
import { x15 } from './x15-restriction-breach.js'
import { x16 } from './x16-property-transferred.js'
import { x17a, x17b } from './x17-false-litigation.js'

/**
 * The rules (docs/domain-rules.md §3.7): on the court's own data, and — X05B, X09, X11–X13, X15, X16 —
 * comparing it with the reference lists an admin imports (docs/decisions/096-reference-lists.md).
 */
export const RULES: readonly Rule[] = [
  x01,
  x02,
  x03,
  x04,
  x05a,
  x05b,
  x06,
  x07a,
  x07b,
  x07c,
  x08,
  x09,
  x10,
  x11,
  x12,
  x13,
  x14,
  x15,
  x16,
  x17a,
  x17b,
]

/** Rules of docs/domain-rules.md §3.7 this service does not evaluate, with the reason shown on the rules page. */
export const RULES_LEFT_OUT: readonly { id: string; name: string; reason: string }[] = [
  {
    id: 'X17C',
    name: '执行款回流',
    reason: '需要银行流水，只能经调查核实取得，不在法院报送的数据中，本系统不做。',
  },
]

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id)
}

/**
 * Not a rule's threshold but edited beside them: the days the court has to answer a
 * 说明案件执行情况通知书 (src/leads/inquiry). Summaries of the 两高规定 (2016) give 15 days; the article and
 * its text could not be checked against the official one (docs/domain-rules.md §2.2), so it is a
 * setting and the page says so.
 */
export const INQUIRY_REPLY_DAYS: ThresholdDef = {
  key: 'inquiry.replyDays',
  label: '说明案件执行情况的书面回复期限（未核实）',
  unit: '日',
  default: 15,
  min: 1,
  max: 60,
  note: '两高规定的条文号和原文未能逐字核对，15 日取自检察机关网站的摘要；请按正式文本确认。',
}

export const THRESHOLD_DEFS = [
  ...RULES.flatMap((r) => r.thresholds.map((t) => ({ ...t, rule: r.id }))),
  { ...INQUIRY_REPLY_DAYS, rule: 'inquiry' },
]

/** The national defaults; the admin's values (lead settings) are laid over these. */
export const DEFAULT_THRESHOLDS: Thresholds = Object.fromEntries(
  THRESHOLD_DEFS.map((t) => [t.key, t.default]),
)

export const DEFAULT_WEIGHTS: Readonly<Record<string, number>> = Object.fromEntries(
  RULES.map((r) => [r.id, r.weight]),
)
