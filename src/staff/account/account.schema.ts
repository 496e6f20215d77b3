import { z } from 'zod'
import { parseEmail } from '../../applications/validation/email.js'
import { passwordProblem } from '../password-rules.js'

const text = z.string().catch('')

/**
 * The own-password form's new password and its confirmation (the rules need the username: a
 * password may not contain it). The current password is the service's to check.
 */
export function PasswordChangeSchema(username: string) {
  return z.object({ current: text, password: text, confirm: text }).superRefine((form, ctx) => {
    const problem =
      passwordProblem(form.password, username) ??
      (form.password === form.current ? '新密码不能与当前密码相同' : undefined)
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem })
    if (form.confirm !== form.password)
      ctx.addIssue({ code: 'custom', path: ['confirm'], message: '两次输入的新密码不一致' })
  })
}

/** The address for the daily deadline digest; blank removes it (null). */
export const DigestEmailSchema = z.object({
  email: text.transform((raw, ctx) => {
    if (raw.trim() === '') return null
    const parsed = parseEmail(raw)
    if (parsed.ok) return parsed.value
    ctx.addIssue({ code: 'custom', message: parsed.message })
    return z.NEVER
  }),
})
