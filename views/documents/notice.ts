import { formatChineseDate } from '../../src/kernel/china-time.js'
import { contentWidth, documentHeading, ensureSpace, fieldRows, paragraphs } from './kit/layout.js'
import { addPageFooters, renderPdf } from './kit/pdf.js'
import { drawSeal, SEAL_SPACE } from './kit/seal.js'
import type { NoticeText } from '../../src/notices/notice-text.js'

export type NoticeData = {
  procuratorateName: string
  heading: string
  number: string
  trackingCode: string
  applicantName: string
  courtName: string
  caseNumber: string
  issuedAt: Date
  text: NoticeText
  /** the procuratorate's seal (PNG with transparency), drawn over the signature block */
  seal?: Buffer | undefined
}

/** One formal notice (docs/product.md §10): heading, 文号, the case facts, the text, issuer and date. */
export function renderNoticePdf(data: NoticeData): Promise<Buffer> {
  return renderPdf(
    (doc, fonts) => {
      documentHeading(doc, fonts, {
        issuer: data.procuratorateName,
        issuerSize: 18,
        title: data.heading,
        number: data.number,
      })
      fieldRows(doc, fonts, [
        ['申请人', data.applicantName],
        ['查询码', data.trackingCode],
        ['执行法院', data.courtName],
        ['执行案号', data.caseNumber],
      ])
      doc.moveDown(0.8)
      paragraphs(doc, fonts, data.text.salutation, { indent: false, fontSize: 12 })
      paragraphs(doc, fonts, data.text.before.join('\n'), { fontSize: 12 })
      if (data.text.list.length > 0)
        paragraphs(doc, fonts, data.text.list.join('\n'), { fontSize: 12 })
      if (data.text.after.length > 0)
        paragraphs(doc, fonts, data.text.after.join('\n'), { fontSize: 12 })
      signature(doc, fonts.regular, data)
      if (data.seal) drawSeal(doc, data.seal)
      addPageFooters(doc, fonts, {
        note: `文号 ${data.number}。可凭查询码 ${data.trackingCode} 在线查询办理进度并下载本文书。`,
      })
    },
    {
      title: `${data.heading} ${data.number}`,
      author: data.procuratorateName,
      subject: data.heading,
      creationDate: data.issuedAt,
    },
  )
}

function signature(doc: PDFKit.PDFDocument, font: string, data: NoticeData): void {
  doc.moveDown(2)
  // the seal overlaps the name and date: keep them and it on one page
  if (data.seal) ensureSpace(doc, SEAL_SPACE)
  const options = { width: contentWidth(doc) - 24, align: 'right' as const }
  doc.font(font).fontSize(12).fillColor('black')
  doc.text(data.procuratorateName, doc.page.margins.left, doc.y, options)
  doc.text(formatChineseDate(data.issuedAt), doc.page.margins.left, doc.y, options)
  doc.x = doc.page.margins.left
}
