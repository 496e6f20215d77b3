import { describe, expect, it } from 'vitest'
import {
  extensionOf,
  MAX_FILE_NAME_CHARS,
  sanitizeFileName,
  UNNAMED_FILE,
} from '../../../src/uploads/file-name.js'

describe('sanitizeFileName', () => {
  it.each([
    ['判决书.pdf', '判决书.pdf'],
    ['C:\\Users\\张三\\Desktop\\执行裁定书.pdf', '执行裁定书.pdf'],
    ['/home/zhang/证据1.jpg', '证据1.jpg'],
    ['../../etc/passwd', 'passwd'],
    ['  身份证 正面 .png  ', '身份证 正面 .png'],
    ['申请书\r\n.pdf', '申请书 .pdf'],
    ['a\u0000b\u0007c.pdf', 'abc.pdf'],
    ['bill\u202egpj.exe', 'billgpj.exe'],
    ['zero\u200bwidth\ufeff.pdf', 'zerowidth.pdf'],
    ['tab\there.pdf', 'tab here.pdf'],
    ['', UNNAMED_FILE],
    [undefined, UNNAMED_FILE],
    ['..', UNNAMED_FILE],
    ['C:\\', UNNAMED_FILE],
    ['\u0001\u0002', UNNAMED_FILE],
  ])('%j → %j', (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected)
  })

  it('normalises to NFC, so a decomposed name equals the composed one', () => {
    const decomposed = 'Zu\u0308rich.pdf' // u + combining diaeresis, as macOS writes it
    expect(sanitizeFileName(decomposed)).toBe('Z\u00fcrich.pdf')
  })

  it('cuts long names to 200 characters and keeps the extension', () => {
    const name = sanitizeFileName(`${'执'.repeat(300)}.pdf`)
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_CHARS)
    expect(name.endsWith('….pdf')).toBe(true)
    expect(name.startsWith('执执执')).toBe(true)
  })

  it('never splits a character outside the BMP when cutting', () => {
    const name = sanitizeFileName('𠀀'.repeat(250))
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_CHARS)
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
    expect(name.endsWith('…')).toBe(true)
  })

  it('keeps a name of exactly 200 characters as it is', () => {
    const exact = `${'a'.repeat(196)}.pdf`
    expect(sanitizeFileName(exact)).toBe(exact)
  })
})

describe('extensionOf', () => {
  it.each([
    ['判决书.PDF', 'pdf'],
    ['scan.final.jpeg', 'jpeg'],
    ['noext', ''],
    ['.bashrc', ''],
    ['archive.tar.gz', 'gz'],
    ['trailing.', ''],
  ])('%s → %j', (name, ext) => {
    expect(extensionOf(name)).toBe(ext)
  })
})
