import { articleText, INSTRUMENTS, type Instrument } from './legal-citation.js'
import { EXECUTION_BASES } from './legal-bases-execution.js'
import { OTHER_BASES } from './legal-bases-other.js'
import { RULES_DECISIONS_BASES } from './legal-bases-rules-decisions.js'
import { RULES_INTAKE_BASES } from './legal-bases-rules-intake.js'
import { RULES_REVIEW_BASES } from './legal-bases-rules-review.js'
import { COLLAB_BASES } from './legal-bases-collab.js'
import type { LegalBasis } from './legal-basis.js'

export type { LegalBasis } from './legal-basis.js'

/**
 * The table of legal bases (CONVENTIONS habit 17, docs/decisions/036-legal-bases-table.md): every
 * article the service cites, the text of ours it supports, the official words it rests on and where
 * it is used. Notices, stage texts, the self-check and the public pages write their citations with
 * cite() / citeAll(); test/unit/kernel/legal-bases.test.ts scans src/ and views/ and fails on any
 * citation that is not a row here. The 规则 quotes are the 2021 official text (高检发释字〔2021〕1号).
 */
export const LEGAL_BASES = {
  ...RULES_INTAKE_BASES,
  ...RULES_REVIEW_BASES,
  ...RULES_DECISIONS_BASES,
  ...OTHER_BASES,
  ...EXECUTION_BASES,
  ...COLLAB_BASES,
} as const
export type BasisKey = keyof typeof LEGAL_BASES

type Pin = BasisKey | { key: BasisKey; paragraph?: number; item?: number }

function resolve(pin: Pin) {
  const p = typeof pin === 'string' ? { key: pin } : pin
  const basis: LegalBasis = LEGAL_BASES[p.key]
  if (p.item !== undefined && !basis.items?.includes(p.item))
    throw new RangeError(`${p.key} has no item ${p.item} in the table`)
  return { basis, text: articleText(basis.article, p.paragraph, p.item) }
}

/** 《人民检察院民事诉讼监督规则》第二十六条 (or with `short`, 规则第二十六条). */
export function cite(pin: Pin, form: 'full' | 'short' = 'full'): string {
  return citeAll([pin], form)
}

/**
 * Several articles in one citation, the instrument named once for each run of the same one:
 * 《…规则》第二十六条、第三十二条第（一）项、第三十三条.
 */
export function citeAll(pins: readonly Pin[], form: 'full' | 'short' = 'full'): string {
  const parts: string[] = []
  let last: Instrument | undefined
  for (const pin of pins) {
    const { basis, text } = resolve(pin)
    const name = INSTRUMENTS[basis.instrument][form === 'full' ? 'title' : 'short']
    const lead = parts.length ? '、' : ''
    parts.push(basis.instrument === last ? `、${text}` : `${lead}${name}${text}`)
    last = basis.instrument
  }
  return parts.join('')
}

/** The official words behind a basis, for a stage's 法律依据 box: 规则第二十一条：… */
export function quoteOf(key: BasisKey): string {
  return `${cite(key)}：${LEGAL_BASES[key].quote}`
}
