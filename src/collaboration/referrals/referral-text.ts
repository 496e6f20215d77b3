import { cite } from '../../kernel/legal-bases.js'
import type { Crime } from './referral.table.js'

/** Each crime a lead may concern, with the article of 刑法 that defines it (legal-bases-collab.ts). */
export const CRIMES: Record<Crime, { label: string; article: string }> = {
  refusal_to_execute: { label: '拒不执行判决、裁定罪', article: cite('criminal313') },
  obstructing_testimony: { label: '妨害作证罪', article: cite('criminal307') },
  // 第三百零七条之一: the table keys articles by number (see legal-bases-collab.ts)
  false_litigation: { label: '虚假诉讼罪', article: `${cite('criminal307')}之一` },
}

/** 立案监督: what the procuratorate may ask of the police when they do not file. */
export const SUPERVISION_BASIS = cite('criminalProcedure113')

export const POLICE_DECISION_LABEL = { filed: '立案', not_filed: '不立案' } as const
export const CONSULTATION_LABEL = {
  court_analysis: '与法院联合研判',
  joint_consultation: '公检法联合会商',
} as const
export const FOUND_BY_LABEL = { procuratorate: '本院', court: '人民法院' } as const
