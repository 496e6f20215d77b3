import { create, type Font } from 'fontkit'
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { cachedFont } from '../../../views/documents/kit/font-cache.js'
import { loadPdfFonts } from '../../../views/documents/kit/fonts.js'

const TEXT = [
  '平顶山市卫东区人民检察院 收件回执',
  '申请人：张建国（4104**********123X），执行案号：（2023）豫0403执123号。',
  'Ｆｕｌｌ-width ＡＢＣ，“引号”、《书名号》…… and Latin: fi fl ffi 0123456789 ÄÖÜ é',
  '本回执仅证明本院已收到上述材料，不代表已受理。'.repeat(6),
]

function render(regular: Font, bold: Font): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', font: '', info: { CreationDate: new Date(0) } })
  const chunks: Uint8Array[] = []
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  doc.registerFont('R', regular as unknown as Uint8Array)
  doc.registerFont('B', bold as unknown as Uint8Array)
  doc
    .font('B')
    .fontSize(18)
    .text(TEXT[0] ?? '', { align: 'center' })
  doc.font('R').fontSize(10.5)
  for (const line of TEXT.slice(1)) doc.text(line, { width: 300 })
  doc.end()
  return done
}

describe('cachedFont', () => {
  it('draws byte-identical PDFs to the plain fontkit font, cold and warm', async () => {
    const { buffers } = loadPdfFonts()
    const plain = await render(create(buffers.regular), create(buffers.bold))
    const regular = cachedFont(create(buffers.regular))
    const bold = cachedFont(create(buffers.bold))
    const cold = await render(regular, bold)
    const warm = await render(regular, bold)
    expect(cold.equals(plain)).toBe(true)
    expect(warm.equals(plain)).toBe(true)
  })
})
