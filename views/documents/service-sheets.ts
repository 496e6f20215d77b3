import { formatChineseDate, formatChineseDateTime } from '../../src/kernel/china-time.js'
import { centeredTitle, contentWidth, ensureSpace, fieldRows, paragraphs } from './kit/layout.js'
import { addPageFooters, renderPdf, type PdfFonts } from './kit/pdf.js'

export type ServiceSheetData = {
  procuratorateName: string
  procuratorateAddress: string
  procuratoratePhone: string
  recipientName: string
  /** the full address: these sheets are printed to be posted (every print is audited) */
  recipientAddress: string
  documentTitle: string
  documentNumber: string
  trackingCode: string
  printedAt: Date
}

/**
 * The envelope sheet of a postal service (邮寄送达, 民诉法 第九十一条 applied by 规则 第一百二十八条):
 * 收件人 and 地址 in large type to cut out or copy onto the EMS form, the sender, and what the
 * envelope holds — the notice and a 送达回证 to be signed and returned.
 */
export function renderEnvelopeSheetPdf(d: ServiceSheetData): Promise<Buffer> {
  return renderPdf(
    (doc, fonts) => {
      centeredTitle(doc, fonts, '邮寄送达信封单', 18)
      doc.moveDown(1)
      box(doc, fonts, '收件人', [d.recipientName, d.recipientAddress], 16)
      doc.moveDown(1)
      box(
        doc,
        fonts,
        '寄件人',
        [d.procuratorateName, d.procuratorateAddress, `电话 ${d.procuratoratePhone}`],
        12,
      )
      doc.moveDown(1)
      fieldRows(doc, fonts, [
        ['内装文书', `《${d.documentTitle}》（${d.documentNumber}）一份，送达回证一份`],
        ['查询码', d.trackingCode],
        ['打印时间', `${formatChineseDateTime(d.printedAt)}（北京时间）`],
      ])
      doc.moveDown(0.8)
      paragraphs(
        doc,
        fonts,
        '请以中国邮政 EMS 挂号寄出，并把邮件号码登记在执监通的“登记送达”中；收件人签收的送达回证寄回后，扫描上传。送达日期以收件人签收的日期为准。',
        { indent: false, fontSize: 10 },
      )
      addPageFooters(doc, fonts, {
        note: '本页含申请人的完整地址，仅用于邮寄送达，用后请妥善处理。',
      })
    },
    {
      title: `邮寄送达信封单 ${d.documentNumber}`,
      author: d.procuratorateName,
      creationDate: d.printedAt,
    },
  )
}

/**
 * 送达回证 (民诉法 第八十七条: 送达文书必须有送达回证，由受送达人在送达回证上记明收到日期，签名或者
 * 盖章): the document and its number, the addressee and address, with blanks for the method, the
 * date, the signature, a proxy's signature and reason, and the server.
 */
export function renderReturnReceiptPdf(d: ServiceSheetData): Promise<Buffer> {
  return renderPdf(
    (doc, fonts) => {
      centeredTitle(doc, fonts, d.procuratorateName, 16)
      centeredTitle(doc, fonts, '送达回证', 24)
      doc.moveDown(0.8)
      const rows: [string, string, number][] = [
        ['送达文书名称及文号', `《${d.documentTitle}》${d.documentNumber}`, 40],
        ['受送达人', d.recipientName, 32],
        ['送达地址', d.recipientAddress, 40],
        ['送达方式', '□ 直接送达    □ 邮寄送达    □ 电话告知并邮寄送达    □ 其他：________', 32],
        ['送达日期', '________ 年 ____ 月 ____ 日', 32],
        ['受送达人签名或者盖章', '', 64],
        ['代收人签名及代收理由', '', 56],
        ['送达人', '', 40],
        ['备注', '', 48],
      ]
      for (const [label, value, height] of rows) cellRow(doc, fonts, label, value, height)
      doc.moveDown(0.8)
      paragraphs(
        doc,
        fonts,
        `依照《中华人民共和国民事诉讼法》第八十七条（《人民检察院民事诉讼监督规则》第一百二十八条），受送达人应当在本回证上记明收到日期，签名或者盖章，并将本回证寄回${d.procuratorateName}（${d.procuratorateAddress}）。查询码 ${d.trackingCode}。`,
        { indent: false, fontSize: 10 },
      )
      addPageFooters(doc, fonts, { note: `制作于${formatChineseDate(d.printedAt)}` })
    },
    {
      title: `送达回证 ${d.documentNumber}`,
      author: d.procuratorateName,
      creationDate: d.printedAt,
    },
  )
}

function box(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  label: string,
  lines: string[],
  size: number,
) {
  const left = doc.page.margins.left
  const width = contentWidth(doc)
  const top = doc.y
  doc.font(fonts.bold).fontSize(11).fillColor('#333333')
  doc.text(label, left + 12, top + 10, { width: width - 24 })
  doc.font(fonts.regular).fontSize(size).fillColor('black')
  for (const line of lines) doc.text(line, left + 12, doc.y + 4, { width: width - 24 })
  const bottom = doc.y + 12
  doc
    .rect(left, top, width, bottom - top)
    .lineWidth(1)
    .strokeColor('#333333')
    .stroke()
  doc.x = left
  doc.y = bottom
}

function cellRow(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  label: string,
  value: string,
  minHeight: number,
) {
  const left = doc.page.margins.left
  const width = contentWidth(doc)
  const labelWidth = 130
  doc.font(fonts.regular).fontSize(11)
  const valueHeight = doc.heightOfString(value || ' ', { width: width - labelWidth - 16 })
  const height = Math.max(minHeight, valueHeight + 16)
  ensureSpace(doc, height)
  const top = doc.y
  doc.rect(left, top, labelWidth, height).rect(left + labelWidth, top, width - labelWidth, height)
  doc.lineWidth(0.8).strokeColor('#333333').stroke()
  doc.font(fonts.bold).fontSize(11).fillColor('black')
  doc.text(label, left + 8, top + 8, { width: labelWidth - 16 })
  doc.font(fonts.regular).fontSize(11)
  if (value) doc.text(value, left + labelWidth + 8, top + 8, { width: width - labelWidth - 16 })
  doc.x = left
  doc.y = top + height
}
