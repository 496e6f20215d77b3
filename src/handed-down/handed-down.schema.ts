import { z } from 'zod'
import { optionalDay, requiredDay, requiredText } from '../collaboration/common/collab-form.js'

export const KIND_LABEL = {
  handed_down: '上级院交办的民事诉讼监督案件（规则第四十二条）',
  petition_handed_down: '上级院交办的信访案件（规则第三十六条）',
  transferred: '其他机关、部门移送',
} as const

export const OUTCOME_LABEL = {
  reported: '已提出处理意见并报送上级院',
  proposed_upward: '认为执行复议裁定、决定存在违法、错误情形，提请上级院监督',
  not_supported: '认为执行复议裁定、决定正确，作出不支持监督申请的决定',
  handled: '已办结并答复来文机关',
} as const

const text = (label: string, min: number, max: number) =>
  requiredText(label, max).refine((s) => [...s].length >= min, `${label}至少 ${min} 个字`)

/**
 * A 交办 or 移送 case as staff enter it from its document. 规则 第四十二条: the upper procuratorate
 * "限定办理期限": a 交办 always carries its limit; a 移送 letter may set none.
 */
export const HandedDownSchema = z
  .object({
    kind: z.enum(['handed_down', 'petition_handed_down', 'transferred'], {
      message: '请选择案件来源',
    }),
    reviewRuling: z
      .string()
      .optional()
      .transform((v) => v === 'yes'),
    sourceOrgan: text('来文机关', 2, 60),
    sourceNumber: text('来文文号', 2, 60),
    sourceDated: requiredDay('来文日期'),
    receivedOn: requiredDay('收到日期'),
    dueOn: optionalDay('办理期限'),
    partyName: text('申请人（当事人）姓名或名称', 1, 100),
    courtName: text('执行法院', 2, 60),
    courtCaseNo: text('执行案号', 2, 60),
    summary: text('案件概要和交办、移送要求', 5, 2000),
  })
  .superRefine((f, ctx) => {
    if (f.kind !== 'transferred' && !f.dueOn)
      ctx.addIssue({
        code: 'custom',
        path: ['dueOn'],
        message: '请填写交办通知书限定的办理期限（规则第四十二条：上级院交办案件应当限定办理期限）',
      })
    if (f.reviewRuling && f.kind !== 'handed_down')
      ctx.addIssue({
        code: 'custom',
        path: ['reviewRuling'],
        message: '只有上级院交办的民事诉讼监督案件才适用规则第一百零七条',
      })
    if (f.receivedOn < f.sourceDated)
      ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: '收到日期不能早于来文日期' })
    if (f.dueOn && f.dueOn < f.receivedOn)
      ctx.addIssue({ code: 'custom', path: ['dueOn'], message: '办理期限不能早于收到日期' })
  })
export type HandedDownForm = z.infer<typeof HandedDownSchema>

export const HandedDownOutcomeSchema = z.object({
  version: z
    .string({ error: '页面已过期，请刷新后重试' })
    .regex(/^\d+$/, '页面已过期，请刷新后重试')
    .transform(Number),
  outcome: z.enum(['reported', 'proposed_upward', 'not_supported', 'handled'], {
    message: '请选择办理结果',
  }),
  outcomeOn: requiredDay('办理日期'),
  note: text('办理情况说明', 5, 2000),
})
export type HandedDownOutcomeForm = z.infer<typeof HandedDownOutcomeSchema>
