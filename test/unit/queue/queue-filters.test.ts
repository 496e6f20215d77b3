import { describe, expect, it } from 'vitest'
import { maskName } from '../../../src/queue/mask-name.js'
import { parseQueueQuery, parseSearch } from '../../../src/queue/queue-filters.js'
import { generateTrackingCode } from '../../../src/kernel/tracking-code.js'

describe('maskName', () => {
  it.each([
    ['张秀英', 'person', '张*英'],
    ['张三', 'person', '张*'],
    ['欧阳修文', 'person', '欧**文'],
    ['王', 'person', '*'],
    ['平顶山某某商贸有限公司', 'organisation', '平顶*******公司'],
    ['某某公司', 'organisation', '某**司'],
  ] as const)('%s (%s) → %s', (name, type, masked) => {
    expect(maskName(name, type)).toBe(masked)
  })
})

describe('parseSearch', () => {
  const code = generateTrackingCode()
  it.each([
    [
      `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`.toLowerCase(),
      { kind: 'code', value: code },
    ],
    [` ${code} `.trim(), { kind: 'code', value: code }],
    ['(2023)豫0403执123号', { kind: 'case_number', value: '（2023）豫0403执123号' }],
    ['（２０２３）豫0403执恢7号', { kind: 'case_number', value: '（2023）豫0403执恢7号' }],
    ['张 秀', { kind: 'name', value: '张秀' }],
  ])('%s', (input, expected) => {
    expect(parseSearch(input)).toEqual(expected)
  })

  it('explains a code with a wrong check character', () => {
    expect(parseSearch('ABCD-EFGH-JKMN')).toEqual({ error: expect.stringContaining('查询码有误') })
  })

  it('limits the length', () => {
    expect(parseSearch('张'.repeat(61))).toEqual({ error: '搜索内容不能超过 60 个字' })
  })
})

describe('parseQueueQuery', () => {
  it('drops values only a hand-edited URL holds and defaults to the open tab', () => {
    const parsed = parseQueueQuery({
      stage: 'nonsense',
      within: '7',
      assignee: 'x',
      after: 'bad',
      size: '1000',
    })
    expect(parsed).toMatchObject({
      ok: true,
      request: { filters: { tab: 'open', overdue: false }, pageSize: 50 },
    })
    if (parsed.ok) expect(parsed.request.cursor).toBeUndefined()
  })

  it('searches every stage unless a tab is chosen', () => {
    const all = parseQueueQuery({ q: '张' })
    const open = parseQueueQuery({ q: '张', stage: 'open' })
    expect(all.ok && all.request.filters.tab).toBe('all')
    expect(open.ok && open.request.filters.tab).toBe('open')
  })

  it('reads a cursor', () => {
    const id = '0d1cb5e0-20ee-4588-a85a-6c3dbea2b0df'
    const parsed = parseQueueQuery({ before: `2026-11-07_${id}` })
    expect(parsed.ok && parsed.request.cursor).toEqual({
      direction: 'before',
      due: '2026-11-07',
      id,
    })
  })
})
