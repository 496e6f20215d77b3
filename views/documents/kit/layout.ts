import type { PdfFonts } from './fonts.js'

/** Shared drawing steps for the notices: headings, label–value rows and running paragraphs. */

export const BODY_SIZE = 10.5
export const LINE_GAP = 3

export function contentWidth(doc: PDFKit.PDFDocument): number {
  const { width, margins } = doc.page
  return width - margins.left - margins.right
}

/** Starts a new page unless `height` points still fit above the bottom margin. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  const { height: pageHeight, margins } = doc.page
  if (doc.y + height > pageHeight - margins.bottom) doc.addPage()
}

export function centeredTitle(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  text: string,
  size: number,
): void {
  doc.font(fonts.bold).fontSize(size).fillColor('black')
  doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc), align: 'center' })
}

/** The red of the rule under a document's heading. */
const ACCENT = '#9b1c1c'

export type DocumentHeading = {
  /** the issuing procuratorate */
  issuer: string
  issuerSize: number
  /** the document's name, e.g. 受理通知书 */
  title: string
  /** the 文号 of a numbered notice, centred under the name */
  number?: string
}

/** The issuer and the document's name (with its 文号, if any) centred above a red rule. */
export function documentHeading(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  heading: DocumentHeading,
): void {
  centeredTitle(doc, fonts, heading.issuer, heading.issuerSize)
  doc.moveDown(0.2)
  centeredTitle(doc, fonts, heading.title, 24)
  if (heading.number !== undefined) {
    doc.moveDown(0.3)
    doc.font(fonts.regular).fontSize(12).fillColor('black')
    doc.text(heading.number, doc.page.margins.left, doc.y, {
      width: contentWidth(doc),
      align: 'center',
    })
  }
  const { left, right } = doc.page.margins
  const y = doc.y + 6
  doc
    .moveTo(left, y)
    .lineTo(doc.page.width - right, y)
    .lineWidth(1.5)
    .strokeColor(ACCENT)
    .stroke()
  doc.y = y + 12
}

/** A bold heading kept together with at least two lines of what follows it. */
export function sectionHeading(doc: PDFKit.PDFDocument, fonts: PdfFonts, text: string): void {
  doc.moveDown(0.6)
  ensureSpace(doc, 12 + 3 * (BODY_SIZE + LINE_GAP))
  doc.font(fonts.bold).fontSize(12).fillColor('black')
  doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) })
  doc.moveDown(0.25)
}

export type FieldRowOptions = { labelWidth?: number; fontSize?: number }

/** "label   value" rows; the value wraps in its own column. */
export function fieldRows(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  rows: [label: string, value: string][],
  options: FieldRowOptions = {},
): void {
  const labelWidth = options.labelWidth ?? 84
  const size = options.fontSize ?? BODY_SIZE
  const left = doc.page.margins.left
  const valueWidth = contentWidth(doc) - labelWidth
  for (const [label, value] of rows) {
    doc.font(fonts.regular).fontSize(size)
    const valueHeight = doc.heightOfString(value, { width: valueWidth, lineGap: LINE_GAP })
    ensureSpace(doc, Math.min(valueHeight, 200))
    const top = doc.y
    const page = doc.page
    doc.font(fonts.bold).fillColor('#333333')
    doc.text(label, left, top, { width: labelWidth - 8, lineGap: LINE_GAP })
    const labelBottom = doc.y
    doc.font(fonts.regular).fillColor('black')
    doc.text(value, left + labelWidth, top, { width: valueWidth, lineGap: LINE_GAP })
    doc.x = left
    if (doc.page === page) doc.y = Math.max(doc.y, labelBottom)
  }
}

/** Body text: one paragraph per line of `text`, first line indented two characters. */
export function paragraphs(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  text: string,
  options: { indent?: boolean; fontSize?: number; color?: string } = {},
): void {
  const size = options.fontSize ?? BODY_SIZE
  doc
    .font(fonts.regular)
    .fontSize(size)
    .fillColor(options.color ?? 'black')
  const indent = options.indent === false ? 0 : 2 * size
  for (const paragraph of splitParagraphs(text)) {
    doc.text(paragraph, doc.page.margins.left, doc.y, {
      width: contentWidth(doc),
      indent,
      lineGap: LINE_GAP,
      paragraphGap: 2,
    })
  }
  doc.fillColor('black')
}

export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}

/** "label：text" as one running paragraph, the label in bold. */
export function labelledParagraph(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  label: string,
  text: string,
  options: { fontSize?: number } = {},
): void {
  const size = options.fontSize ?? BODY_SIZE
  const left = doc.page.margins.left
  const common = { width: contentWidth(doc), lineGap: LINE_GAP }
  doc.font(fonts.bold).fontSize(size).fillColor('black')
  doc.text(`${label}：`, left, doc.y, { ...common, continued: text.length > 0 })
  if (text.length > 0) doc.font(fonts.regular).text(text, { ...common, paragraphGap: 3 })
  doc.x = left
}
