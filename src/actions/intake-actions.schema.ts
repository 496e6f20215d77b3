import { z } from 'zod'
import { CLOCK_RULES } from '../deadlines/clock-rules.js'
import { NON_ACCEPTANCE_GROUNDS, type NonAcceptanceGround } from '../notices/notice-content.js'

/** The standard materials of 规则 第二十一条 (and the agent's papers), offered as a checklist. */
export const STANDARD_SUPPLEMENT_ITEMS = {
  application_letter: '监督申请书',
  identity: '身份证明',
  legal_documents: '相关法律文书（执行裁定书、决定书等）',
  evidence: '证据材料及证据清单',
  authorization: '授权委托书及代理人身份证明',
} as const
export type StandardSupplementItem = keyof typeof STANDARD_SUPPLEMENT_ITEMS
export const STANDARD_ITEM_KEYS = Object.keys(STANDARD_SUPPLEMENT_ITEMS) as StandardSupplementItem[]
export const FREE_ITEM_COUNT = 3

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v])

/** The hidden version from the page; a missing one means a form from elsewhere (or an old page). */
const version = z.preprocess(
  text,
  z
    .string()
    .regex(/^\d{1,9}$/, '页面缺少版本信息，请返回申请详情后重新打开此操作')
    .transform(Number),
)

const optionalText = (max: number, message: string) =>
  z.preprocess(text, z.string().max(max, message))

export const VersionOnlySchema = z.object({ version })

export const SupplementFormSchema = z
  .object({
    version,
    items: z.preprocess(
      list,
      z.array(
        z.enum(STANDARD_ITEM_KEYS as [StandardSupplementItem, ...StandardSupplementItem[]], {
          error: '请选择列出的材料',
        }),
      ),
    ),
    days: z.preprocess(
      (v) => text(v) || String(CLOCK_RULES.supplement.length.amount),
      z
        .string()
        .regex(/^\d{1,2}$/, '补正期限请填写 1 至 60 之间的整数天数')
        .transform(Number)
        .refine((n) => n >= 1 && n <= 60, '补正期限请填写 1 至 60 之间的整数天数'),
    ),
    ...Object.fromEntries(
      STANDARD_ITEM_KEYS.map((k) => [`detail_${k}`, optionalText(200, '说明请不超过 200 字')]),
    ),
    ...Object.fromEntries(
      Array.from({ length: FREE_ITEM_COUNT }, (_, i) => [
        `extra_${i + 1}`,
        optionalText(100, '其他材料名称请不超过 100 字'),
      ]),
    ),
  })
  .superRefine((form, ctx) => {
    const fields = form as Record<string, unknown>
    const extras = Array.from({ length: FREE_ITEM_COUNT }, (_, i) => fields[`extra_${i + 1}`])
    if (form.items.length === 0 && extras.every((e) => !e)) {
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: '请至少选择一项需要补正的材料，或在“其他材料”中填写',
      })
    }
  })
export type SupplementForm = z.infer<typeof SupplementFormSchema>

/** The items of one notice: the ticked standard materials (with their notes), then the free ones. */
export function supplementItems(form: SupplementForm) {
  const fields = form as Record<string, unknown>
  const str = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : '')
  const standard = form.items.map((key) => ({
    key,
    label: STANDARD_SUPPLEMENT_ITEMS[key],
    ...(str(`detail_${key}`) ? { detail: str(`detail_${key}`) } : {}),
  }))
  const free = Array.from({ length: FREE_ITEM_COUNT }, (_, i) => str(`extra_${i + 1}`))
    .map((label, i) => ({ key: `other-${i + 1}`, label }))
    .filter((item) => item.label.length > 0)
  return [...standard, ...free]
}

const GROUND_KEYS = Object.keys(NON_ACCEPTANCE_GROUNDS) as NonAcceptanceGround[]

export const NotAcceptFormSchema = z.object({
  version,
  grounds: z.preprocess(
    list,
    z
      .array(
        z.enum(GROUND_KEYS as [NonAcceptanceGround, ...NonAcceptanceGround[]], {
          error: '请选择列出的不予受理理由',
        }),
      )
      .min(1, '请至少选择一项不予受理的理由'),
  ),
  explanation: z.preprocess(
    text,
    z
      .string()
      .min(10, '请具体说明不予受理的理由（至少 10 个字），这段文字将写入不予受理通知书')
      .max(2000, '理由说明请不超过 2000 字'),
  ),
})

/** 规则 第三十二条第（二）项 (another procuratorate's case) or 第（三）项 (no procuratorate's matter). */
export const REFERRAL_ROUTE_LABEL = {
  procuratorate: '不属于本院受理案件范围：告知向有关人民检察院申请监督',
  organ: '不属于人民检察院主管范围：告知向有关机关反映',
} as const

export const ReferFormSchema = z.object({
  version,
  route: z.enum(['procuratorate', 'organ'], { error: '请选择告知的情形' }),
  organ: z.preprocess(
    text,
    z
      .string()
      .min(2, '请填写应当向哪个检察院或机关反映，例如“平顶山市人民检察院”')
      .max(100, '机关名称请不超过 100 字'),
  ),
  reason: z.preprocess(
    text,
    z
      .string()
      .min(10, '请说明告知的理由（至少 10 个字），这段文字将写入告知书')
      .max(2000, '理由说明请不超过 2000 字'),
  ),
})
