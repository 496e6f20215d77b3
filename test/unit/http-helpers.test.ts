import { describe, expect, it } from 'vitest'
import { safeReturnPath } from '../../src/http/display-mode.js'
import { isDatabaseUnavailable } from '../../src/http/errors.js'

describe('safeReturnPath', () => {
  it.each([
    ['/guide', '/guide'],
    ['/guide?x=1#faq', '/guide?x=1#faq'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['javascript:alert(1)', '/'],
    [undefined, '/'],
  ])('%s → %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected)
  })
})

describe('isDatabaseUnavailable', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code })
  it.each([
    [withCode('ECONNREFUSED'), true],
    [withCode('57P01'), true],
    [withCode('08006'), true],
    [new Error('Connection terminated unexpectedly'), true],
    [new Error('PGlite is closed'), true],
    [withCode('23505'), false],
    [withCode('42P01'), false],
    ['not an error', false],
  ])('%o → %s', (err, expected) => {
    expect(isDatabaseUnavailable(err)).toBe(expected)
  })
})
