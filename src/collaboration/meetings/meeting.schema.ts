import { z } from 'zod'
import {
  optionalText,
  requiredDay,
  requiredText,
  ticked,
  blankToUndefined,
} from '../common/collab-form.js'
import type { MeetingParticipant } from './meeting.table.js'

export const MEETING_KIND_LABEL = {
  chiefs: '法检“两长”联席会',
  info_exchange: '民事执行与检察监督信息交换联席会',
  city_consult: '市院–中院会商（上下联动）',
  other: '其他会商',
} as const
const KINDS = ['chiefs', 'info_exchange', 'city_consult', 'other'] as const

/**
 * 参会人员: one line per organisation, "单位：人员" (a full-width or ASCII colon), so the record says
 * who came from the court, the procuratorate and the 市院.
 */
export function parseParticipants(text: string): MeetingParticipant[] | string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  if (lines.length === 0) return '请填写参会人员'
  const out: MeetingParticipant[] = []
  for (const [i, line] of lines.entries()) {
    const m = /^([^:：]{1,100})[:：](.{1,300})$/.exec(line)
    if (!m || !m[1]!.trim() || !m[2]!.trim())
      return `参会人员第 ${i + 1} 行请按“单位：人员”的格式填写，例如“卫东区人民法院：王某某、李某某”`
    out.push({ organisation: m[1]!.trim(), people: m[2]!.trim() })
  }
  return out
}

/** The meeting form (multipart: the 纪要 travels with it). "Not in the future" is the service's. */
export const MeetingSchema = z
  .object({
    kind: z.enum(KINDS, { message: '请选择会议类型' }),
    heldOn: requiredDay('会议日期'),
    place: requiredText('会议地点', 100),
    chair: requiredText('主持人', 50),
    participants: requiredText('参会人员', 2000),
    agenda: requiredText('会议议题', 2000),
    decisions: optionalText('议定事项', 4000),
    caseCodes: optionalText('涉及案件', 1000),
    recommendationRefs: optionalText('涉及的检察建议', 500),
    exchangeIds: ticked,
  })
  .transform((f, ctx) => {
    const participants = parseParticipants(f.participants)
    if (typeof participants === 'string') {
      ctx.addIssue({ code: 'custom', path: ['participants'], message: participants })
      return z.NEVER
    }
    return { ...f, participants }
  })
export type MeetingForm = z.infer<typeof MeetingSchema>

/** An action item agreed at the meeting: a colleague or an organisation answers for it. */
export const ActionItemSchema = z
  .object({
    description: requiredText('事项内容', 500),
    ownerStaffId: z.preprocess(blankToUndefined, z.string().uuid('请选择承办人').optional()),
    ownerOrganisation: optionalText('承办单位', 100),
    dueOn: requiredDay('完成期限'),
  })
  .superRefine((f, ctx) => {
    if (!f.ownerStaffId && !f.ownerOrganisation)
      ctx.addIssue({
        code: 'custom',
        path: ['ownerStaffId'],
        message: '请选择承办人或填写承办单位',
      })
    if (f.ownerStaffId && f.ownerOrganisation)
      ctx.addIssue({
        code: 'custom',
        path: ['ownerOrganisation'],
        message: '承办人和承办单位只填一项',
      })
  })
export type ActionItemForm = z.infer<typeof ActionItemSchema>

export const ACTION_STATUS_LABEL = { open: '待办', done: '已完成', dropped: '已撤销' } as const

export const ActionStatusSchema = z.object({
  status: z.enum(['done', 'dropped'], { message: '请选择办理结果' }),
  note: optionalText('说明', 500),
})
export type ActionStatusForm = z.infer<typeof ActionStatusSchema>
