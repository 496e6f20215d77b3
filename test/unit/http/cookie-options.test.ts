import { describe, expect, it } from 'vitest'
import { cookieOptions } from '../../../src/http/cookie-options.js'

describe('cookieOptions', () => {
  it.each([
    ['https://jczx.example.gov.cn', true],
    ['https://localhost:3443/base', true],
    ['http://127.0.0.1:3000', false],
    ['http://jczx.example.gov.cn', false],
  ])('%s → secure: %s', (publicBaseUrl, secure) => {
    expect(cookieOptions({ publicBaseUrl })).toEqual({ httpOnly: true, secure })
  })
})
