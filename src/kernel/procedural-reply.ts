/**
 * The procedural reply (受理、不予受理或通知补正) is promised within 7 days under the SPP's
 * "群众信访件件有回复" requirement — a policy, not a statute. Whether the 7 days are working or calendar
 * days is the procuratorate's setting (legal review D32): SPP reports say "7日内", one provincial
 * procuratorate "7个工作日内", and the 2024 《人民检察院信访工作规定》 could not be read.
 */
export const PROCEDURAL_REPLY_UNITS = ['working_days', 'days'] as const
export type ProceduralReplyUnit = (typeof PROCEDURAL_REPLY_UNITS)[number]

/** The promise itself: 7 days (群众信访件件有回复); only how they are counted is a setting. */
export const PROCEDURAL_REPLY_DAYS = 7

/** '7 个工作日' or '7 日', as the applicant reads it. */
export function proceduralReplyText(unit: ProceduralReplyUnit): string {
  return unit === 'working_days'
    ? `${PROCEDURAL_REPLY_DAYS} 个工作日`
    : `${PROCEDURAL_REPLY_DAYS} 日`
}
