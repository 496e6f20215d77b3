import type { PdfFonts } from './fonts.js'

export type TableColumn = {
  header: string
  /** relative weight; the columns share the width between the page margins */
  width: number
  align?: 'left' | 'center' | 'right'
}

export type TableOptions = {
  columns: TableColumn[]
  rows: string[][]
  fontSize?: number
  padding?: number
}

type Layout = {
  x: number[]
  widths: number[]
  fontSize: number
  padding: number
  columns: TableColumn[]
}

const LINE_GAP = 1.5
const BORDER = '#666666'
const HEADER_FILL = '#eeeeee'

/**
 * A bordered table that starts at `doc.y`: bold header row, cells that wrap (long file names
 * break inside the word), and a page break before any row that would not fit, repeating the
 * header on the new page. Leaves `doc.y` under the table and `doc.x` at the left margin.
 */
export function drawTable(doc: PDFKit.PDFDocument, fonts: PdfFonts, options: TableOptions): void {
  const layout = tableLayout(doc, options)
  const headers = layout.columns.map((c) => c.header)
  const headerHeight = rowHeight(doc, fonts.bold, layout, headers)
  const firstRow = options.rows[0]
  const maxHeight = maxRowHeight(doc, headerHeight)
  const firstHeight = firstRow ? rowHeight(doc, fonts.regular, layout, firstRow) : 0
  // never leave a header alone at the foot of a page
  if (doc.y + headerHeight + Math.min(firstHeight, maxHeight) > bottomLimit(doc)) doc.addPage()
  drawRow(doc, fonts.bold, layout, headers, headerHeight, { fill: HEADER_FILL })
  for (const row of options.rows) {
    const natural = rowHeight(doc, fonts.regular, layout, row)
    const height = Math.min(natural, maxHeight)
    if (doc.y + height > bottomLimit(doc)) {
      doc.addPage()
      drawRow(doc, fonts.bold, layout, headers, headerHeight, { fill: HEADER_FILL })
    }
    drawRow(doc, fonts.regular, layout, row, height, { clip: height < natural })
  }
  doc.x = doc.page.margins.left
  doc.fillColor('black')
}

function tableLayout(doc: PDFKit.PDFDocument, options: TableOptions): Layout {
  const { margins, width } = doc.page
  const total = width - margins.left - margins.right
  const weight = options.columns.reduce((sum, c) => sum + c.width, 0)
  const widths = options.columns.map((c) => (c.width / weight) * total)
  const x: number[] = []
  widths.reduce((left, w) => (x.push(left), left + w), margins.left)
  const fontSize = options.fontSize ?? 9
  return { x, widths, fontSize, padding: options.padding ?? 4, columns: options.columns }
}

function cellOptions(layout: Layout, column: number, height?: number): PDFKit.Mixins.TextOptions {
  const width = (layout.widths[column] ?? 0) - 2 * layout.padding
  const align = layout.columns[column]?.align ?? 'left'
  return height === undefined
    ? { width, align, lineGap: LINE_GAP }
    : { width, align, lineGap: LINE_GAP, height, ellipsis: true }
}

function rowHeight(doc: PDFKit.PDFDocument, font: string, layout: Layout, cells: string[]): number {
  doc.font(font).fontSize(layout.fontSize)
  const heights = layout.columns.map((_, i) =>
    doc.heightOfString(cells[i] ?? '', cellOptions(layout, i)),
  )
  return Math.max(...heights) + 2 * layout.padding
}

function drawRow(
  doc: PDFKit.PDFDocument,
  font: string,
  layout: Layout,
  cells: string[],
  height: number,
  style: { fill?: string; clip?: boolean } = {},
): void {
  const top = doc.y
  layout.columns.forEach((_, i) => {
    const x = layout.x[i] ?? 0
    const w = layout.widths[i] ?? 0
    if (style.fill) doc.rect(x, top, w, height).fill(style.fill)
    doc.rect(x, top, w, height).lineWidth(0.5).strokeColor(BORDER).stroke()
    doc.font(font).fontSize(layout.fontSize).fillColor('black')
    const clipTo = style.clip ? height - 2 * layout.padding : undefined
    doc.text(
      cells[i] ?? '',
      x + layout.padding,
      top + layout.padding,
      cellOptions(layout, i, clipTo),
    )
  })
  doc.x = doc.page.margins.left
  doc.y = top + height
}

function bottomLimit(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom
}

/** A single cell taller than a page is cut (with an ellipsis) rather than split across pages. */
function maxRowHeight(doc: PDFKit.PDFDocument, headerHeight: number): number {
  const { margins, height } = doc.page
  return height - margins.top - margins.bottom - headerHeight
}
