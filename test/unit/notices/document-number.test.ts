import { describe, expect, it } from 'vitest'
import {
  DEFAULT_NUMBER_TEMPLATE,
  formatDocumentNumber,
  numberYear,
  templateProblem,
} from '../../../src/notices/document-number.js'

const parts = { abbreviation: '卫东', typeCode: '受', year: 2026, sequence: 1 }

describe('document numbers', () => {
  it.each([
    [DEFAULT_NUMBER_TEMPLATE, 1, '卫东检民执监受〔2026〕1号'],
    [DEFAULT_NUMBER_TEMPLATE, 10, '卫东检民执监受〔2026〕10号'],
    [DEFAULT_NUMBER_TEMPLATE, 1234, '卫东检民执监受〔2026〕1234号'],
    ['{简称}检执{类}字〔{年}〕第{序号}号', 7, '卫东检执受字〔2026〕第7号'],
    ['〔{年}〕{序号}', 3, '〔2026〕3'],
  ])('%s with sequence %i gives %s', (template, sequence, expected) => {
    expect(formatDocumentNumber(template, { ...parts, sequence })).toBe(expected)
  })

  it('never pads the sequence with zeros', () => {
    expect(formatDocumentNumber(DEFAULT_NUMBER_TEMPLATE, { ...parts, sequence: 5 })).not.toMatch(
      /〕0/,
    )
  })

  it.each([0, -1, 1.5, Number.NaN])('refuses sequence %s', (sequence) => {
    expect(() => formatDocumentNumber(DEFAULT_NUMBER_TEMPLATE, { ...parts, sequence })).toThrow()
  })

  it.each([
    [DEFAULT_NUMBER_TEMPLATE, undefined],
    ['{简称}检〔{年}〕{序号}号', undefined],
    ['{简称}检民执监受〔{年}〕号', '文号模板必须包含 {序号}'],
    ['{简称}检民执监受〔2026〕{序号}号', '文号模板必须包含 {年}'],
    ['{简称}检{名称}〔{年}〕{序号}号', '文号模板中的 {名称} 不是可用的占位符'],
    ['{简称}检[{年}]{序号}号', '年份应使用六角括号〔〕，不要使用方括号或圆括号'],
    ['{简称}检（{年}）{序号}号', '年份应使用六角括号〔〕，不要使用方括号或圆括号'],
    ['检'.repeat(52) + '〔{年}〕{序号}号', '文号模板长度应为 6 至 60 个字符'],
  ])('checks template %s', (template, problem) => {
    expect(templateProblem(template)).toBe(problem)
  })

  it('takes the year in China: 31 December 17:00 UTC is already the next year', () => {
    expect(numberYear(new Date('2026-12-31T15:59:00Z'))).toBe(2026)
    expect(numberYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027)
  })
})
