import { z } from 'zod'

const text = z.string().catch('')

/**
 * The lookup form. A filled honeypot (`website`) is read first and wins over every other check: the
 * service answers it like a wrong code and counts it, so a bot learns nothing from the form's
 * messages. The code's format is checked by the service, after the address's lock.
 */
export const LookupSchema = z
  .object({ website: text, code: text, digits: text })
  .transform((form, ctx) => {
    if (form.website !== '') return { bot: true as const }
    const digits = form.digits.trim().normalize('NFKC')
    // Every missing field at once, in page order (一次性告知); the code's format waits for the service.
    const noCode = form.code.trim() === ''
    if (noCode) ctx.addIssue({ code: 'custom', path: ['code'], message: '请输入查询码' })
    if (!/^\d{4}$/.test(digits))
      ctx.addIssue({ code: 'custom', path: ['digits'], message: '请输入手机号码的后 4 位数字' })
    if (noCode || !/^\d{4}$/.test(digits)) return z.NEVER
    return { bot: false as const, code: form.code, digits }
  })

export type LookupFields = z.output<typeof LookupSchema>
