import { CHINA_OFFSET_MS } from '../kernel/china-time.js'

/**
 * 文号 (document numbers) per docs/product.md §10: `{简称}检民执监{类}〔{年}〕{序号}号` by default, one sequence
 * per kind and year, 〔〕 brackets (GB/T 9704), no leading zeros.
 */
export const DEFAULT_NUMBER_TEMPLATE = '{简称}检民执监{类}〔{年}〕{序号}号'

export const NUMBER_PLACEHOLDERS = ['{简称}', '{类}', '{年}', '{序号}'] as const

export type NumberParts = {
  abbreviation: string
  typeCode: string
  year: number
  sequence: number
}

export function formatDocumentNumber(template: string, parts: NumberParts): string {
  if (!Number.isSafeInteger(parts.sequence) || parts.sequence < 1) {
    throw new RangeError('document sequence must be a positive integer')
  }
  if (!Number.isSafeInteger(parts.year) || parts.year < 1000) throw new RangeError('invalid year')
  const values: Record<string, string> = {
    '{简称}': parts.abbreviation,
    '{类}': parts.typeCode,
    '{年}': String(parts.year),
    '{序号}': String(parts.sequence),
  }
  return template.replace(/\{(简称|类|年|序号)\}/g, (m) => values[m] ?? m)
}

/** Why a template cannot be used, in words for the admin page; undefined when it is fine. */
export function templateProblem(template: string): string | undefined {
  const t = template.trim()
  if (t.length < 6 || t.length > 60) return '文号模板长度应为 6 至 60 个字符'
  if (!t.includes('{序号}')) return '文号模板必须包含 {序号}'
  if (!t.includes('{年}')) return '文号模板必须包含 {年}'
  const unknown = t
    .match(/\{[^}]*\}/g)
    ?.find((p) => !(NUMBER_PLACEHOLDERS as readonly string[]).includes(p))
  if (unknown) return `文号模板中的 ${unknown} 不是可用的占位符`
  if (/[〔〕]/.test(t) && !/〔\{年\}〕/.test(t)) return '年份应写在六角括号〔〕内，如〔{年}〕'
  if (/[\[\]［］【】()（）]\{年\}|\{年\}[\[\]［］【】()（）]/.test(t)) {
    return '年份应使用六角括号〔〕，不要使用方括号或圆括号'
  }
  return undefined
}

/** The year a number belongs to: the year in China when the document is issued. */
export function numberYear(at: Date): number {
  return new Date(at.getTime() + CHINA_OFFSET_MS).getUTCFullYear()
}
