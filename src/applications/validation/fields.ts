import { z } from 'zod'
import type { SupervisedCourt } from '../../site/site-view.js'
import { parseCaseNumber } from './case-number.js'
import { parseCreditCode } from './credit-code.js'
import { parseEmail } from './email.js'
import { parseIdNumber } from './id-number.js'
import { parseMobile } from './mobile.js'
import { resolveDate, type DateSource, type Invalid } from './normalise.js'

type Parser = (input: string) => { ok: true; value: string } | Invalid

/**
 * A required field backed by a parser: a missing field gets the parser's own "请填写…" message,
 * and the output is the parser's normalised value.
 */
function parsedField(parse: Parser) {
  const missing = parse('')
  const required = missing.ok ? '请填写此项' : missing.message
  return z
    .string({ error: required })
    .optional()
    .transform((input = '', ctx) => {
      const result = parse(input)
      if (result.ok) return result.value
      ctx.addIssue({ code: 'custom', message: result.message })
      return z.NEVER
    })
}

/** Like parsedField, but a blank answer is allowed and becomes undefined. */
function optionalParsedField(parse: Parser) {
  return z
    .string({ error: '填写的内容格式不正确' })
    .optional()
    .transform((input = '', ctx) => {
      if (input.trim() === '') return undefined
      const result = parse(input)
      if (result.ok) return result.value
      ctx.addIssue({ code: 'custom', message: result.message })
      return z.NEVER
    })
}

/** 居民身份证号; `today` may be a function so a long-lived schema never goes stale. */
export function idNumberField(today: DateSource = () => new Date()) {
  return parsedField((input) => parseIdNumber(input, resolveDate(today)))
}

export function creditCodeField() {
  return parsedField(parseCreditCode)
}

export function mobileField() {
  return parsedField(parseMobile)
}

export function optionalMobileField() {
  return optionalParsedField(parseMobile)
}

/**
 * 执行案号: only enforcement types pass; another type fails with its explanation. A court outside
 * `courts` is not an error (非本院管辖 is decided by staff, docs/domain-rules.md §1.9), so `courts` does not
 * change the outcome; call parseCaseNumber(value, courts) for the `supervised` flag.
 */
export function caseNumberField(
  courts: readonly SupervisedCourt[] = [],
  today: DateSource = () => new Date(),
) {
  return parsedField((input) => {
    const result = parseCaseNumber(input, courts, resolveDate(today))
    if (result.ok && !result.isEnforcement) return { ok: false, message: result.explanation ?? '' }
    return result
  })
}

type CountMessage = string | ((count: number) => string)

export type TextMessages = { required: string; tooShort: CountMessage; tooLong: CountMessage }

/**
 * Free text: trimmed at both ends, otherwise stored verbatim (views escape it). Characters are
 * counted as code points so 汉字 and emoji count as one; CRLF counts as one character because
 * browsers count a textarea line break as one for maxlength but submit it as CRLF.
 */
export function trimmedText(min: number, max: number, messages: TextMessages) {
  return z
    .string({ error: messages.required })
    .optional()
    .transform((input = '', ctx) => {
      const text = input.trim()
      const message = lengthProblem([...text.replace(/\r\n/g, '\n')].length, min, max, messages)
      if (message === undefined) return text
      ctx.addIssue({ code: 'custom', message })
      return z.NEVER
    })
}

function lengthProblem(count: number, min: number, max: number, messages: TextMessages) {
  const say = (message: CountMessage) => (typeof message === 'function' ? message(count) : message)
  if (count === 0) return messages.required
  if (count < min) return say(messages.tooShort)
  if (count > max) return say(messages.tooLong)
  return undefined
}

/** Optional e-mail (needed only for e-mailed notices, docs/product.md §4); blank becomes undefined. */
export function optionalEmailField() {
  return optionalParsedField(parseEmail)
}
