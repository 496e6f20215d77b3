import { beforeAll, describe, expect, it } from 'vitest'
import {
  decideType,
  EncryptScanner,
  extensionMatches,
  FileInspector,
  FileRefused,
  HEAD_BYTES,
} from '../../../src/uploads/file-checks.js'
import {
  encryptedPdfBytes,
  exeBytes,
  htmlBytes,
  jpegBytes,
  pdfBytes,
  pngBytes,
  svgBytes,
} from '../../helpers/upload-fixtures.js'

let pdf: Buffer
let encrypted: Buffer
beforeAll(async () => {
  pdf = await pdfBytes()
  encrypted = await encryptedPdfBytes()
})

function scan(bytes: Buffer, chunkSize: number): boolean {
  const scanner = new EncryptScanner()
  for (let i = 0; i < bytes.length; i += chunkSize) scanner.push(bytes.subarray(i, i + chunkSize))
  return scanner.found
}

describe('EncryptScanner', () => {
  it('finds the /Encrypt entry of a real password-protected PDF in one chunk', () => {
    expect(encrypted.includes('/Encrypt')).toBe(true)
    expect(scan(encrypted, encrypted.length)).toBe(true)
    expect(scan(pdf, pdf.length)).toBe(false)
  })

  it.each([1, 2, 3, 5, 7, 8, 9, 13, 64, 1000])(
    'finds it when the file arrives in chunks of %i bytes',
    (size) => {
      expect(scan(encrypted, size)).toBe(true)
      expect(scan(pdf, size)).toBe(false)
    },
  )

  it('finds the key split at every possible point between two chunks', () => {
    const at = encrypted.indexOf('/Encrypt')
    for (let split = at - 2; split <= at + 30; split++) {
      const scanner = new EncryptScanner()
      scanner.push(encrypted.subarray(0, split))
      scanner.push(encrypted.subarray(split))
      expect(scanner.found, `split at ${split - at}`).toBe(true)
    }
  })

  it.each([
    ['trailer << /Root 1 0 R /Encrypt 12 0 R >>', true],
    ['trailer<</Encrypt<</Filter/Standard/V 2>>>>', true],
    ['<< /Type /XRef /Encrypt\r\n  7 0 R /Size 9 >>', true],
    ['/EncryptMetadata false', false],
    ['BT (see /Encrypt in the manual) Tj ET', false],
    ['/Encrypt /Standard', false],
    ['/Encrypt 12 R', false],
  ])('%j → %s', (text, expected) => {
    expect(scan(Buffer.from(`%PDF-1.7\n${text}\n%%EOF`), 4)).toBe(expected)
  })
})

describe('decideType', () => {
  it.each([
    ['a pdfkit PDF', () => pdf, 'application/pdf'],
    ['a PNG', () => pngBytes(), 'image/png'],
    ['a JPEG', () => jpegBytes(), 'image/jpeg'],
  ])('accepts %s', async (_label, bytes, type) => {
    expect(await decideType(bytes().subarray(0, HEAD_BYTES))).toEqual({ accepted: true, type })
  })

  it.each([
    ['an executable', () => exeBytes(), 'exe', 'Windows 可执行文件'],
    ['an SVG with an XML prolog', () => svgBytes(), 'svg', 'SVG 矢量图'],
    ['a bare SVG', () => Buffer.from('<svg viewBox="0 0 1 1"></svg>'), 'svg', 'SVG 矢量图'],
    ['an HTML page', () => htmlBytes(), 'html', '网页（HTML）文件'],
    ['XML that is not SVG', () => Buffer.from('<?xml version="1.0"?><a/>'), 'xml', 'XML 文件'],
    ['plain text', () => Buffer.from('判决书内容 %PDF-1.4'), 'txt', '纯文本文件'],
    [
      'a ZIP',
      () => Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00x.txt', 'latin1'),
      'zip',
      'ZIP 压缩包',
    ],
    [
      'an OFD e-document',
      () => Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00OFD.xml', 'latin1'),
      'ofd',
      'OFD 电子文件',
    ],
    [
      'a GIF',
      () => Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
      'gif',
      'GIF 动图',
    ],
  ])('refuses %s, naming it', async (_label, bytes, kind, label) => {
    expect(await decideType(bytes())).toEqual({ accepted: false, kind, label })
  })

  it('refuses unknown binary without a name for it', async () => {
    expect(await decideType(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0xff]))).toEqual({
      accepted: false,
    })
  })
})

describe('extensionMatches', () => {
  it.each([
    ['image/jpeg', 'jpeg', true],
    ['image/jpeg', 'jpg', true],
    ['image/png', 'jpg', false],
    ['application/pdf', 'pdf', true],
    ['application/pdf', '', true],
    ['application/pdf', 'exe', false],
  ] as const)('%s with .%s → %s', (type, ext, expected) => {
    expect(extensionMatches(type, ext)).toBe(expected)
  })
})

describe('FileInspector', () => {
  async function inspect(bytes: Buffer, chunkSize = 1000) {
    const inspector = new FileInspector()
    for (let i = 0; i < bytes.length; i += chunkSize) {
      await inspector.push(bytes.subarray(i, i + chunkSize))
    }
    return inspector.finish()
  }

  it('gives the type of an accepted file at the end', async () => {
    await expect(inspect(pdf)).resolves.toBe('application/pdf')
    await expect(inspect(pngBytes(), 7)).resolves.toBe('image/png')
  })

  it('refuses an empty file', async () => {
    await expect(inspect(Buffer.alloc(0))).rejects.toMatchObject({ code: 'empty' })
  })

  it('refuses a password-protected PDF at the end', async () => {
    await expect(inspect(encrypted, 333)).rejects.toMatchObject({ code: 'encrypted' })
  })

  it('refuses a wrong type as soon as the first 4 KB are in, before the rest arrives', async () => {
    const inspector = new FileInspector()
    const big = Buffer.concat([exeBytes(), Buffer.alloc(HEAD_BYTES * 4)])
    await inspector.push(big.subarray(0, HEAD_BYTES - 1))
    const refusal = await inspector.push(big.subarray(HEAD_BYTES - 1, HEAD_BYTES)).catch((e) => e)
    expect(refusal).toBeInstanceOf(FileRefused)
    expect(refusal).toMatchObject({ code: 'wrong_type', decision: { kind: 'exe' } })
    expect(inspector.size).toBe(HEAD_BYTES)
  })

  it('ignores /Encrypt in a file that is not a PDF', async () => {
    const png = Buffer.concat([pngBytes(), Buffer.from('/Encrypt 1 0 R')])
    await expect(inspect(png)).resolves.toBe('image/png')
  })
})
