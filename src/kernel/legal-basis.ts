import type { Instrument } from './legal-citation.js'

/** One row of the table of legal bases (legal-bases.ts). */
export type LegalBasis = {
  instrument: Instrument
  article: number
  /** 款, where the citation names one */
  paragraph?: number
  /** the 项 that may be cited on their own */
  items?: readonly number[]
  /** what of ours it supports */
  supports: string
  /** the official words relied on (shortened with …) */
  quote: string
  /** the files that cite it */
  usedIn: readonly string[]
  /** an old numbering quoted only to explain history, never as today's law */
  historical?: true
}

type Row = Omit<LegalBasis, 'instrument' | 'article'>
export const basis = (instrument: Instrument, article: number, row: Row): LegalBasis => ({
  instrument,
  article,
  ...row,
})

/** A row of 《人民检察院民事诉讼监督规则》 (2021), the instrument most rows cite. */
export const rules = (article: number, row: Row): LegalBasis => basis('rules', article, row)

/** Where bases are used, named once. */
export const USED = {
  notices: 'src/notices/notice-text.ts',
  stages: 'src/workflow/stages.ts',
  selfCheck: 'src/applications/self-check.ts',
  privacy: 'views/pages/public/privacy.tsx',
  retention: 'src/kernel/retention-kinds.ts',
  guide: 'views/pages/public/guide',
  caseNumber: 'src/applications/validation/case-number.ts',
} as const
