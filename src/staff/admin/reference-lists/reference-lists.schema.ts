import { z } from 'zod'
import { REF_KINDS } from '../../../leads/reference/reference-kinds.js'

const KINDS = REF_KINDS.map((k) => k.kind) as [string, ...string[]]

/** The facts recorded with every list (PIPL: where it came from, when, and on what basis it is held). */
export const ReferenceListSchema = z.object({
  kind: z.enum(KINDS, { message: '请选择名单类别' }),
  source: z
    .string({ error: '请填写名单来源' })
    .trim()
    .min(1, '请填写名单来源，例如“中国执行信息公开网”或“区公安分局（调查核实）”')
    .max(100, '名单来源不能超过 100 个字'),
  obtainedOn: z
    .string({ error: '请填写获取日期' })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '请按“2026-11-20”的格式填写获取日期'),
  legalBasis: z
    .string({ error: '请填写取得和使用该名单的合法依据' })
    .trim()
    .min(1, '请填写取得和使用该名单的合法依据，例如“人民检察院依法履行民事执行活动监督职责”')
    .max(300, '合法依据不能超过 300 个字'),
})
export type ReferenceListForm = z.infer<typeof ReferenceListSchema>

export const WithdrawSchema = z.object({
  reason: z
    .string({ error: '请填写停用的原因' })
    .trim()
    .min(1, '请填写停用的原因')
    .max(200, '停用原因不能超过 200 个字'),
})
