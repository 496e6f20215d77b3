import { describe, expect, it } from 'vitest'
import { createLogger } from '../../src/logging/logger.js'
import { redact } from '../../src/logging/redact.js'

describe('redact', () => {
  it.each([
    ['身份证 11010519491231002X 已核对', '身份证 1101**********002X 已核对'],
    ['phone 13812345678.', 'phone 138****5678.'],
    ['+8613812345678', '+86138****5678'],
    ['账户 6222021234567890123', '账户 6222***********0123'],
    ['mail zhang.san@example.cn', 'mail z***@example.cn'],
  ])('masks %s', (input, expected) => {
    expect(redact(input)).toBe(expected)
  })

  it.each([
    '0c07ff01-1d39-4eb1-96e5-cc31ba439ad9',
    '12345678-1234-1234-1234-123456789012',
    'size 20971520 bytes',
    'ratio 0.13812345678',
    '2026-11-26T19:02:36.248Z',
    '（2023）豫0403执123号',
  ])('leaves %s alone', (input) => {
    expect(redact(input)).toBe(input)
  })
})

describe('createLogger', () => {
  function capture(level: Parameters<typeof createLogger>[0]) {
    const lines: string[] = []
    return { lines, logger: createLogger(level, (l) => lines.push(l)) }
  }

  it('writes one JSON object per line with time, level, message and bound fields', () => {
    const { lines, logger } = capture('info')
    logger.child({ reqId: 'r-1' }).info('request', { status: 200 })
    expect(lines).toHaveLength(1)
    expect(lines[0]!.endsWith('\n')).toBe(true)
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'info',
      msg: 'request',
      reqId: 'r-1',
      status: 200,
    })
    expect(new Date(JSON.parse(lines[0]!).time).getTime()).not.toBeNaN()
  })

  it('drops lines below its level and writes nothing when silent', () => {
    const info = capture('info')
    info.logger.debug('noise')
    expect(info.lines).toHaveLength(0)
    const silent = capture('silent')
    silent.logger.error('even errors')
    expect(silent.lines).toHaveLength(0)
  })

  it('serialises errors and masks personal data a driver put into their message', () => {
    const { lines, logger } = capture('error')
    const err = Object.assign(new Error('invalid input: "13812345678"'), { code: '22P02' })
    logger.error('failed', { err })
    const entry = JSON.parse(lines[0]!)
    expect(entry.err).toMatchObject({ name: 'Error', code: '22P02' })
    expect(lines[0]).not.toContain('13812345678')
    expect(entry.err.message).toContain('138****5678')
  })
})
