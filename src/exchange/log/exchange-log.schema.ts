import { z } from 'zod'
import { dayField, optionalDayField } from '../../http/form-date.js'

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

export const DIRECTION_LABEL = { from_court: '法院→本院', to_court: '本院→法院' } as const
export const SOURCE_LABEL = { import: '导入', export: '本院清单', paper: '纸质登记' } as const
const DIRECTIONS = ['from_court', 'to_court'] as const

/**
 * The log's filters, from the query string (a GET form, so a period's totals can be linked to).
 * A year or a period, not both: a year is the period 1 January to 31 December.
 */
export const ExchangeLogFilterSchema = z
  .object({
    year: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^(19|20|21)\d\d$/, '请选择年度')
        .optional(),
    ),
    from: optionalDayField('开始日期'),
    to: optionalDayField('结束日期'),
    direction: z.preprocess(
      blankToUndefined,
      z.enum(DIRECTIONS, { message: '请选择交换方向' }).optional(),
    ),
    after: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^\d{4}-\d\d-\d\d~\d{13}~[0-9a-f-]{36}$/, '翻页参数不正确')
        .optional(),
    ),
  })
  .refine((f) => !f.year || (!f.from && !f.to), {
    path: ['year'],
    message: '按年度或按起止日期筛选，二者只选其一',
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ['to'],
    message: '结束日期不能早于开始日期',
  })

export type ExchangeLogFilter = z.infer<typeof ExchangeLogFilterSchema>

const requiredText = (label: string, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 个字`)

/**
 * A hand entry for an exchange on paper. `counterpart` is a supervised court's name or `other`,
 * in which case `counterpartOther` names it. The date's "not in the future" needs today and is
 * checked by the service.
 */
export const PaperExchangeSchema = z
  .object({
    exchangedOn: dayField('交换日期'),
    direction: z.enum(DIRECTIONS, { message: '请选择交换方向' }),
    counterpart: requiredText('交换单位', 100),
    counterpartOther: z.string().trim().max(100, '交换单位不能超过 100 个字').optional(),
    content: requiredText('交换内容', 200),
    itemCount: z
      .string({ message: '请填写交换条数' })
      .trim()
      .min(1, '请填写交换条数')
      .regex(/^-?\d+$/, '交换条数请填写整数，例如 320')
      .refine((v) => !v.startsWith('-'), '交换条数不能是负数')
      .refine((v) => v.length <= 7, '交换条数不能超过 1000000')
      .transform(Number)
      .refine((n) => n <= 1_000_000, '交换条数不能超过 1000000'),
    note: z.string().trim().max(1000, '备注不能超过 1000 个字').optional(),
  })
  .superRefine((f, ctx) => {
    if (f.counterpart === 'other' && !f.counterpartOther)
      ctx.addIssue({ code: 'custom', path: ['counterpartOther'], message: '请填写交换单位的名称' })
  })
  .transform(({ counterpartOther, ...f }) => ({
    ...f,
    counterpart: f.counterpart === 'other' ? counterpartOther! : f.counterpart,
    note: f.note || undefined,
  }))

export type PaperExchangeForm = z.infer<typeof PaperExchangeSchema>
