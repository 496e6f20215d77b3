import { z } from 'zod'
import { optionalText, requiredChoice, versionField } from '../actions/review-actions.schema.js'
import { VERIFICATION_METHODS, type VerificationMethod } from './measures.table.js'
import { date } from './register.schema.js'
import { REPLY_MEASURES } from './register.table.js'

export const VERIFICATION_LABEL: Record<VerificationMethod, string> = {
  case_file: '查阅法院执行卷宗',
  court_documents: '调取法院作出的裁定、决定或者支付凭证',
  party_contact: '向申请执行人或者被执行人核实',
  on_site: '现场核查',
}

/**
 * 整改落实: one measure the court's 回复意见函 promised, carried out; the evidence files arrive as
 * the upload's files. The days are checked against the reply and today in the service.
 */
export const MeasureDoneSchema = z
  .object({
    version: versionField,
    measure: requiredChoice(REPLY_MEASURES, '请选择法院落实的措施'),
    doneOn: date('法院落实措施的日期'),
    courtDocument: optionalText('法院落实措施的文书或者凭证', 200),
    amountPaid: z
      .string()
      .trim()
      .refine((s) => s === '' || /^\d{1,12}(\.\d{1,2})?$/.test(s), {
        error: '发放金额请填写数字（元），最多两位小数，例如 120000 或 3500.50',
      })
      .transform((s) => s || undefined)
      .optional(),
    verification: requiredChoice(VERIFICATION_METHODS, '请选择本院核实的方式'),
    verificationNote: optionalText('核实情况', 2000),
    verifiedOn: date('本院核实的日期'),
  })
  .superRefine((v, ctx) => {
    if (v.amountPaid && v.measure !== 'pay_out')
      ctx.addIssue({
        code: 'custom',
        path: ['amountPaid'],
        message: '只有“发放执行款”需要填写发放金额',
      })
    if (v.verifiedOn < v.doneOn)
      ctx.addIssue({
        code: 'custom',
        path: ['verifiedOn'],
        message: '本院核实的日期不能早于法院落实措施的日期',
      })
  })

export type MeasureDoneForm = z.infer<typeof MeasureDoneSchema>
