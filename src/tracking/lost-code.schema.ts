import { z } from 'zod'
import { parseMobile } from '../applications/validation/mobile.js'

const text = z.string().catch('')

/**
 * The lost-code form. A filled honeypot (`website`) wins over every other check: it gets the same
 * neutral answer as a real request and sends nothing.
 */
export const LostCodeSchema = z
  .object({ website: text, mobile: text, idNumber: text })
  .transform((form, ctx) => {
    if (form.website !== '') return { bot: true as const }
    const mobile = parseMobile(form.mobile)
    const idMissing = form.idNumber.trim() === ''
    if (!mobile.ok) ctx.addIssue({ code: 'custom', path: ['mobile'], message: mobile.message })
    if (idMissing) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '请填写证件号码' })
    if (!mobile.ok || idMissing) return z.NEVER
    return { bot: false as const, mobile: mobile.value, idNumber: form.idNumber }
  })
