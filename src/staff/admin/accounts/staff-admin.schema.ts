import { z } from 'zod'
import { separationOfDutiesProblem, SEPARATION_OF_DUTIES_MESSAGE } from '../../roles.js'
import { STAFF_ROLES, type StaffRole } from '../../staff-account.table.js'

/** Same rule as the staff_accounts check constraint (and the login form). */
const USERNAME = /^[a-z][a-z0-9._-]{1,31}$/

const text = z.preprocess((value) => String(value ?? ''), z.string())
const isRole = (role: string) => (STAFF_ROLES as readonly string[]).includes(role)

/**
 * The ticked role boxes: none, one (a string) or several (an array), each once, of one duty only
 * (三员分立, roles.ts). Every way an account gets roles (the create form, the roles form, one's
 * own account, `npm run staff:create`) goes through this schema.
 */
const roles = z.preprocess(
  (value) => [value ?? []].flat().map(String),
  z
    .array(z.string())
    .min(1, '请至少选择一个角色')
    .refine((ticked) => ticked.every(isRole), '角色不正确，请从列表中选择')
    .transform((ticked) => [...new Set(ticked)] as StaffRole[])
    .refine((ticked) => !separationOfDutiesProblem(ticked), SEPARATION_OF_DUTIES_MESSAGE),
)

export const NewAccountSchema = z.object({
  username: text
    .transform((value) => value.trim().toLowerCase())
    .pipe(
      z
        .string()
        .min(1, '请填写用户名')
        .regex(
          USERNAME,
          '用户名须以英文字母开头，只能包含小写字母、数字、点、下划线或连字符，长度 2 至 32 个字符',
        ),
    ),
  displayName: text
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .min(1, '请填写姓名')
        .refine((name) => [...name].length <= 50, '姓名不能超过 50 个字'),
    ),
  roles,
})

export type NewAccount = z.output<typeof NewAccountSchema>

export const RolesSchema = z.object({ roles })

/** 规则 第四十五条: 检察官、检察官助理、书记员… as the applicant is told it; the column's check is 2–30. */
export const LegalTitleSchema = z.object({
  legalTitle: text
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .min(1, '请填写法律职务，例如“检察官”“检察官助理”“书记员”')
        .refine((t) => [...t].length >= 2 && [...t].length <= 30, '法律职务应为 2 至 30 个字'),
    ),
})
