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
    // browsers drop tab, CR and LF from URLs: `/<tab>/evil.example` is `//evil.example`
    ['/\t/evil.example', '/'],
    ['/\n/evil.example', '/'],
    ['/%2F/evil.example', '/'],
    ['/%5Cevil.example', '/'],
    ['/%09/evil.example', '/'],
    ['/%E4%BF%AE', '/%E4%BF%AE'],
    ['/%ZZ', '/'],
    ['/guide"><script>', '/'],
    ['/apply/step/person', '/apply/step/person'],
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
