import { z } from 'zod'
import { optionalDayField } from '../http/form-date.js'

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const text = (max: number, message: string, pattern?: RegExp) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, message)
      .regex(pattern ?? /[\s\S]*/, message)
      .optional(),
  )

/** The audit viewer's filters, from the query string (a GET form, so links can be shared). */
export const AuditFilterSchema = z
  .object({
    from: optionalDayField('开始日期'),
    to: optionalDayField('结束日期'),
    actor: text(32, '操作人用户名格式不正确', /^[A-Za-z][\w.-]*$/),
    action: text(60, '操作名称只能包含小写英文字母、下划线和点，例如 staff_account', /^[a-z_.]+$/),
    objectType: text(40, '对象类型只能包含小写英文字母和下划线', /^[a-z_]+$/),
    objectId: text(100, '对象编号过长'),
    result: z.preprocess(
      blankToUndefined,
      z.enum(['success', 'failure', 'denied'], { message: '请选择结果' }).optional(),
    ),
    before: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^\d{1,18}$/, '翻页参数不正确')
        .optional(),
    ),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ['to'],
    message: '结束日期不能早于开始日期',
  })

export type AuditFilter = z.infer<typeof AuditFilterSchema>
