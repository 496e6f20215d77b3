import { z } from 'zod'
import { dayField } from '../../http/form-date.js'
import type { SupervisedCourt } from '../../site/site-view.js'

/**
 * The outgoing list's form: the period (both days included), the court it goes to (one of the
 * supervised courts in site settings) and the person responsible named on the cover. Whether the
 * period ends in the future needs today and is checked by the service.
 */
export function OutgoingSchema(courts: readonly SupervisedCourt[]) {
  const codes = courts.map((c) => c.code)
  return z
    .object({
      from: dayField('开始日期'),
      to: dayField('结束日期'),
      courtCode: z
        .string({ message: '请选择接收清单的法院' })
        .refine((v) => codes.includes(v), '请选择接收清单的法院'),
      responsible: z
        .string({ message: '请填写负责人' })
        .trim()
        .min(1, '请填写负责人')
        .max(50, '负责人不能超过 50 个字'),
    })
    .refine((f) => f.from <= f.to, {
      path: ['to'],
      message: '结束日期不能早于开始日期',
    })
}

export type OutgoingForm = z.infer<ReturnType<typeof OutgoingSchema>>
