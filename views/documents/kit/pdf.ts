import PDFDocument from 'pdfkit'
import { registerPdfFonts, type PdfFonts } from './fonts.js'

export type { PdfFonts } from './fonts.js'

export type PdfInfo = {
  title: string
  /** the issuing procuratorate, e.g. 平顶山市卫东区人民检察院 */
  author: string
  subject?: string
  keywords?: string
  /** extra Info dictionary entries; keys are PDF names (ASCII letters and digits) */
  customMetadata?: Record<string, string>
  /** defaults to now; pass the event's own time so the same input gives the same bytes */
  creationDate?: Date
}

export type PdfBuild = (doc: PDFKit.PDFDocument, fonts: PdfFonts) => void

/** 2.2 cm at the sides, room at the bottom for the footer that `addPageFooters` draws. */
export const PAGE_MARGINS = { top: 56, bottom: 76, left: 62, right: 62 } as const

const RESERVED_KEYS = new Set(['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'])
for (const key of ['CreationDate', 'ModDate', 'Trapped']) RESERVED_KEYS.add(key)

export const PDF_CREATOR = '执监通'

/**
 * Renders one A4 document. `build` draws synchronously; pages are buffered so it can end with
 * `addPageFooters`. The Noto Sans SC subsets carry ToUnicode maps, so the Chinese is extractable.
 */
export async function renderPdf(build: PdfBuild, info: PdfInfo): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { ...PAGE_MARGINS },
    bufferPages: true,
    // no default Helvetica: loading its metrics costs time on every document and it is never used
    font: '',
    lang: 'zh-CN',
    displayTitle: true,
    pdfVersion: '1.7',
    info: documentInfo(info),
  })
  const done = collect(doc)
  const fonts = registerPdfFonts(doc)
  doc.font(fonts.regular)
  build(doc, fonts)
  doc.end()
  return done
}

function documentInfo(info: PdfInfo): PDFKit.DocumentInfo {
  const entries: Record<string, string | Date> = {
    Title: info.title,
    Author: info.author,
    Creator: PDF_CREATOR,
    CreationDate: info.creationDate ?? new Date(),
  }
  if (info.subject) entries.Subject = info.subject
  if (info.keywords) entries.Keywords = info.keywords
  for (const [key, value] of Object.entries(info.customMetadata ?? {})) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key) || RESERVED_KEYS.has(key)) {
      throw new Error(`invalid custom PDF metadata key: ${key}`)
    }
    entries[key] = value
  }
  return entries as PDFKit.DocumentInfo
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // pdfkit ≥ 0.20 emits Uint8Array chunks
    const chunks: Uint8Array[] = []
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
}

export type FooterOptions = {
  /** a short line printed above the page number on every page (wraps to at most two lines) */
  note?: string
  fontSize?: number
}

/** "第 x 页 共 y 页" at the foot of every buffered page, with an optional note above it. */
export function addPageFooters(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  options: FooterOptions = {},
): void {
  const size = options.fontSize ?? 8.5
  const { start, count } = doc.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    const { margins, width, height } = doc.page
    const saved = margins.bottom
    // Text drawn inside the bottom margin would otherwise trigger pdfkit's automatic page break.
    margins.bottom = 0
    const contentWidth = width - margins.left - margins.right
    const numberY = height - 28
    doc.font(fonts.regular).fontSize(size).fillColor('#333333')
    if (options.note) {
      const noteHeight = Math.min(
        doc.heightOfString(options.note, { width: contentWidth }),
        size * 3,
      )
      const noteY = numberY - 6 - noteHeight
      doc.moveTo(margins.left, noteY - 6).lineTo(width - margins.right, noteY - 6)
      doc.lineWidth(0.5).strokeColor('#999999').stroke()
      doc.text(options.note, margins.left, noteY, { width: contentWidth, height: noteHeight })
    }
    const label = `第 ${i - start + 1} 页 共 ${count} 页`
    doc.text(label, margins.left, numberY, {
      width: contentWidth,
      align: 'center',
      lineBreak: false,
    })
    margins.bottom = saved
  }
  doc.fillColor('black')
}
