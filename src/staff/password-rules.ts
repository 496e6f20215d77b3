import { dictionary } from '@zxcvbn-ts/language-common'

/** ~49,000 passwords most often found in breaches (zxcvbn-ts' common list), compared lower-case. */
const COMMON = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()))

export const MIN_PASSWORD_LENGTH = 10

/** docs/product.md §8: at least 10 characters and not a common password; the message says what to change. */
export function passwordProblem(password: string, username: string): string | undefined {
  const value = password.normalize('NFKC')
  if ([...value].length < MIN_PASSWORD_LENGTH) return `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符`
  const lower = value.toLowerCase()
  if (COMMON.has(lower)) return '这个密码过于常见，容易被猜到，请换一个'
  if (/^(.)\1+$/.test(value)) return '密码不能由同一个字符重复组成'
  if (username && lower.includes(username.toLowerCase())) return '密码不能包含用户名'
  return undefined
}
