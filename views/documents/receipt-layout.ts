import type { PdfFonts } from './kit/fonts.js'
import { formatChineseDateTime } from '../../src/kernel/china-time.js'
import { formatFileSize } from '../../src/kernel/file-size.js'
import {
  contentWidth,
  documentHeading,
  fieldRows,
  paragraphs,
  sectionHeading,
} from './kit/layout.js'
import { addPageFooters } from './kit/pdf.js'
import { drawTable } from './kit/table.js'
import type { ReceiptData } from './receipt.js'

const MUTED = '#555555'
const QR_SIZE = 96

export function drawReceipt(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  data: ReceiptData,
  qrPng: Buffer,
): void {
  documentHeading(doc, fonts, { issuer: data.procuratorateName, issuerSize: 16, title: '收件回执' })
  drawCodeBlock(doc, fonts, data, qrPng)
  fieldRows(doc, fonts, [
    ['提交时间', `${formatChineseDateTime(data.submittedAt)}（北京时间）`],
    ['提交方式', `${data.channel ?? '网上'}提交`],
    ['申请人', data.applicantName],
    ['证件号码', data.maskedIdNumber],
    ['执行法院', data.enforcingCourt],
    ['执行案号', data.caseNumber],
  ])
  sectionHeading(doc, fonts, '申请监督事项')
  paragraphs(doc, fonts, data.matters.map((m, i) => `${i + 1}. ${m}`).join('\n'), { indent: false })
  sectionHeading(doc, fonts, '下一步')
  fieldRows(doc, fonts, [
    ['办理事项', data.nextStep.text],
    ['期限', data.nextStep.due],
  ])
  paragraphs(doc, fonts, data.nextStep.explanation, { indent: false, fontSize: 9, color: MUTED })
  sectionHeading(doc, fonts, `收到的材料（共 ${data.materials.length} 份）`)
  drawMaterials(doc, fonts, data)
  addPageFooters(doc, fonts, { note: footerNote(data.verifyUrl) })
}

/** The tracking code, the verification string and the QR code to /verify, in one box. */
function drawCodeBlock(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  data: ReceiptData,
  qrPng: Buffer,
): void {
  const left = doc.page.margins.left
  const top = doc.y
  const width = contentWidth(doc)
  const textWidth = width - QR_SIZE - 44
  const url = `核验地址：${data.verifyUrl}`
  doc.font(fonts.regular).fontSize(7.5)
  const urlHeight = doc.heightOfString(url, { width: textWidth })
  const height = Math.max(QR_SIZE + 26, 92 + urlHeight)
  doc.rect(left, top, width, height).fill('#f6f6f6')
  doc.rect(left, top, width, height).lineWidth(0.75).strokeColor('#bbbbbb').stroke()
  const qrX = left + width - QR_SIZE - 14
  doc.image(qrPng, qrX, top + 10, { width: QR_SIZE, height: QR_SIZE })
  doc.font(fonts.regular).fontSize(7.5).fillColor(MUTED)
  doc.text('扫码核验本回执', qrX, top + QR_SIZE + 13, { width: QR_SIZE, align: 'center' })
  const x = left + 14
  doc
    .font(fonts.regular)
    .fontSize(9)
    .fillColor(MUTED)
    .text('查询码', x, top + 10)
  doc.font(fonts.bold).fontSize(24).fillColor('black').text(data.trackingCode, x, doc.y)
  doc
    .font(fonts.regular)
    .fontSize(9)
    .fillColor(MUTED)
    .text('核验码', x, doc.y + 4)
  doc.font(fonts.bold).fontSize(12).fillColor('black').text(data.verificationString, x, doc.y)
  doc
    .font(fonts.regular)
    .fontSize(7.5)
    .fillColor(MUTED)
    .text(url, x, doc.y + 4, { width: textWidth })
  doc.fillColor('black')
  doc.x = left
  doc.y = top + height + 12
}

function drawMaterials(doc: PDFKit.PDFDocument, fonts: PdfFonts, data: ReceiptData): void {
  drawTable(doc, fonts, {
    columns: [
      { header: '序号', width: 30, align: 'center' },
      { header: '材料类别', width: 74 },
      { header: '文件名', width: 190 },
      { header: '大小', width: 58, align: 'right' },
      { header: 'SHA-256（前16位）', width: 110 },
    ],
    rows: data.materials.map((m, i) => [
      String(i + 1),
      m.slot,
      m.name,
      formatFileSize(m.size),
      m.sha256.toLowerCase().slice(0, 16),
    ]),
  })
  doc.moveDown(0.4)
  paragraphs(
    doc,
    fonts,
    '完整的 SHA-256 校验值记录在本文件的元数据中，可用于核对所交文件未被改动。',
    {
      indent: false,
      fontSize: 8,
      color: MUTED,
    },
  )
}

function footerNote(verifyUrl: string): string {
  const origin = new URL(verifyUrl).origin
  return `本回执仅证明本院已收到上述材料，不代表已受理。可凭查询码在 ${origin}/track 查询办理进度。`
}
