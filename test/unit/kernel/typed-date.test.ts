import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { dayField, optionalDayField } from '../../../src/http/form-date.js'
import { parseTypedDate } from '../../../src/kernel/typed-date.js'

describe('parseTypedDate', () => {
  it.each([
    ['2026-12-03', '2026-12-03'],
    ['2026-12-3', '2026-12-03'],
    ['2026/12/3', '2026-12-03'],
    ['2026.12.3', '2026-12-03'],
    ['2026年12月3日', '2026-12-03'],
    ['2026年12月3', '2026-12-03'],
    ['  2026 年 12 月 3 日 ', '2026-12-03'],
    ['２０２６年１２月３日', '2026-12-03'],
    ['２０２６／１２／０３', '2026-12-03'],
    ['20261203', '2026-12-03'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s as %s', (input, iso) => {
    expect(parseTypedDate(input)).toEqual({ ok: true, value: iso })
  })

  it.each([
    ['', '没有填写，请按 2026-12-03、2026/12/3 或 2026年12月3日 的样子填写'],
    [
      '12/3/2026',
      '“12/3/2026”不是能识别的日期，请按 2026-12-03、2026/12/3 或 2026年12月3日 的样子填写',
    ],
    ['明天', '“明天”不是能识别的日期，请按 2026-12-03、2026/12/3 或 2026年12月3日 的样子填写'],
    ['2026-13-01', '没有 13 月，请按 2026-12-03、2026/12/3 或 2026年12月3日 的样子填写'],
    ['2026年2月30日', '2026年2月没有 30 日，请核对'],
    ['2025-02-29', '2025年2月没有 29 日，请核对'],
    ['2026-12-00', '2026年12月没有 0 日，请核对'],
    ['0026-12-03', '年份 26 不在 1900 至 2100 年之间，请核对'],
  ])('refuses %j with a Chinese message', (input, message) => {
    expect(parseTypedDate(input)).toEqual({ ok: false, message })
  })
})

describe('dayField and optionalDayField', () => {
  const schema = z.object({ servedOn: dayField('送达日期'), to: optionalDayField('结束日期') })

  it('turns what was typed into the ISO day', () => {
    expect(schema.parse({ servedOn: '2026年12月3日', to: '2026/12/31' })).toEqual({
      servedOn: '2026-12-03',
      to: '2026-12-31',
    })
    expect(schema.parse({ servedOn: '2026-12-03', to: '' })).toEqual({ servedOn: '2026-12-03' })
  })

  it('names the field in its message', () => {
    const result = schema.safeParse({ servedOn: '2026-02-30', to: 'x' })
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['servedOn', '送达日期：2026年2月没有 30 日，请核对'],
      [
        'to',
        '结束日期：“x”不是能识别的日期，请按 2026-12-03、2026/12/3 或 2026年12月3日 的样子填写',
      ],
    ])
    const empty = schema.safeParse({ servedOn: ' ' })
    expect(empty.error!.issues[0]!.message).toBe('请填写送达日期')
  })
})
