import { describe, expect, it } from 'vitest'
import { loadPdfFonts } from '../../../views/documents/kit/fonts.js'
import { addPageFooters, renderPdf, type PdfInfo } from '../../../views/documents/kit/pdf.js'
import { drawTable } from '../../../views/documents/kit/table.js'
import { compact, pdfInfo, pdfPages } from '../../helpers/pdf-text.js'

const info: PdfInfo = {
  title: '测试文书',
  author: '平顶山市卫东区人民检察院',
  subject: '主题',
  keywords: '关键词, test',
  customMetadata: { CaseRef: '卫检民执监受〔2026〕7号' },
  creationDate: new Date('2026-11-26T02:00:00Z'),
}

describe('renderPdf', () => {
  it('writes the document info, A4 pages and extractable Chinese with ToUnicode maps', async () => {
    const pdf = await renderPdf((doc, fonts) => {
      doc.font(fonts.bold).fontSize(16).text('人民检察院')
      doc
        .font(fonts.regular)
        .fontSize(11)
        .text('民事执行检察监督：全角标点“引号”（括号）、数字 2026 与 ABC。')
    }, info)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.includes('/ToUnicode')).toBe(true)
    expect(pdf.includes('NotoSansSC-Regular')).toBe(true)
    expect(pdf.includes('NotoSansSC-Bold')).toBe(true)
    const text = (await pdfPages(pdf)).join('')
    expect(text).toContain('人民检察院')
    expect(text).toContain('民事执行检察监督：全角标点“引号”（括号）、数字 2026 与 ABC。')
    const meta = await pdfInfo(pdf)
    expect(meta).toMatchObject({
      title: '测试文书',
      author: '平顶山市卫东区人民检察院',
      subject: '主题',
      keywords: '关键词, test',
      creator: '执监通',
      custom: { CaseRef: '卫检民执监受〔2026〕7号' },
      pageCount: 1,
      pageSizes: [[595.28, 841.89]],
    })
  })

  it('gives identical bytes for identical input and creation date', async () => {
    const build = (doc: PDFKit.PDFDocument) => void doc.text('同一份文书')
    const [a, b] = await Promise.all([renderPdf(build, info), renderPdf(build, info)])
    expect(a.equals(b)).toBe(true)
  })

  it('reads the font files once per process', () => {
    expect(loadPdfFonts()).toBe(loadPdfFonts())
  })

  it('draws Kangxi radicals pasted from other PDFs as the ordinary characters', async () => {
    const pdf = await renderPdf((doc) => void doc.text('\u2F08\u6C11\u6CD5\u9662'), info)
    expect((await pdfPages(pdf)).join('')).toContain('人民法院')
  })

  it.each(['Title', 'CreationDate', 'bad key', '中文'])(
    'refuses the custom key %s',
    async (key) => {
      await expect(
        renderPdf(() => {}, { ...info, customMetadata: { [key]: 'x' } }),
      ).rejects.toThrow(/metadata key/)
    },
  )

  it('passes on an error thrown while drawing', async () => {
    const failing = () => {
      throw new Error('layout broke')
    }
    await expect(renderPdf(failing, info)).rejects.toThrow('layout broke')
  })
})

describe('drawTable and addPageFooters', () => {
  const rows = Array.from({ length: 80 }, (_, i) => [
    String(i + 1),
    i === 3
      ? 'x'.repeat(300)
      : `第${i + 1}行：一个会在单元格里换行的比较长的中文说明文字，用来检验自动换行`,
    `${i * 10} KB`,
  ])

  it('wraps cells, breaks pages before a row that does not fit and repeats the header', async () => {
    const pdf = await renderPdf((doc, fonts) => {
      doc.text('表格之前的文字')
      const columns = [
        { header: '序号', width: 1, align: 'center' as const },
        { header: '说明', width: 6 },
        { header: '大小', width: 2, align: 'right' as const },
      ]
      drawTable(doc, fonts, { columns, rows })
      doc.text('表格之后的文字')
      addPageFooters(doc, fonts, { note: '页脚说明' })
    }, info)
    const pages = (await pdfPages(pdf)).map(compact)
    expect(pages.length).toBeGreaterThan(2)
    const all = pages.join('')
    pages.forEach((page, i) => {
      expect(page.startsWith(i === 0 ? '表格之前的文字序号说明大小' : '序号说明大小')).toBe(true)
      expect(page.endsWith(`页脚说明第${i + 1}页共${pages.length}页`)).toBe(true)
    })
    for (const row of rows) expect(all).toContain(compact(row.join('')))
    expect(all).toContain('表格之后的文字')
  })

  it('cuts a single cell taller than a page instead of splitting it', async () => {
    const huge = '很长的证据说明。'.repeat(600)
    const pdf = await renderPdf((doc, fonts) => {
      drawTable(doc, fonts, { columns: [{ header: '说明', width: 1 }], rows: [[huge], ['下一行']] })
    }, info)
    const pages = (await pdfPages(pdf)).map(compact)
    expect(pages).toHaveLength(2)
    expect(pages[0]).toContain('很长的证据说明。很长的证据说明。')
    expect(pages[1]).toBe('说明下一行')
  })
})
