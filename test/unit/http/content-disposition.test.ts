import { describe, expect, it } from 'vitest'
import { contentDisposition } from '../../../src/http/content-disposition.js'

describe('contentDisposition', () => {
  it.each([
    ['report.pdf', 'attachment', `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`],
    [
      '执行裁定书.pdf',
      'inline',
      `inline; filename="_____.pdf"; filename*=UTF-8''%E6%89%A7%E8%A1%8C%E8%A3%81%E5%AE%9A%E4%B9%A6.pdf`,
    ],
    [
      'a"b\\c;d%e.png',
      'attachment',
      `attachment; filename="a_b_c_d_e.png"; filename*=UTF-8''a%22b%5Cc%3Bd%25e.png`,
    ],
    [
      "it's (1)*.pdf",
      'attachment',
      `attachment; filename="it's (1)*.pdf"; filename*=UTF-8''it%27s%20%281%29%2A.pdf`,
    ],
    [
      'x\r\nSet-Cookie: a=b',
      'attachment',
      `attachment; filename="x__Set-Cookie: a=b"; filename*=UTF-8''x%0D%0ASet-Cookie%3A%20a%3Db`,
    ],
  ] as const)('%s', (name, kind, expected) => {
    expect(contentDisposition(kind, name)).toBe(expected)
  })
})

describe('contentDisposition with an ASCII name of its own', () => {
  it.each([
    [
      '证据材料收据（X检执监〔2026〕1号）.pdf',
      'document-1.pdf',
      `attachment; filename="document-1.pdf"; filename*=UTF-8''${encodeURIComponent('证据材料收据（X检执监〔2026〕1号）.pdf')}`,
    ],
    [
      "receipt (1)'*.pdf",
      'a"b.pdf',
      `attachment; filename="a_b.pdf"; filename*=UTF-8''receipt%20%281%29%27%2A.pdf`,
    ],
  ])('%s as %s', (name, asciiName, expected) => {
    expect(contentDisposition('attachment', name, asciiName)).toBe(expected)
  })
})
