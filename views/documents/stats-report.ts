import SVGtoPDF from 'svg-to-pdfkit'
import type { StatsTable } from '../../src/stats/stats-view.js'
import { addPageFooters, renderPdf } from './kit/pdf.js'
import { BODY_SIZE, centeredTitle, contentWidth, ensureSpace, LINE_GAP } from './kit/layout.js'
import { drawTable } from './kit/table.js'
import type { PdfFonts } from './kit/fonts.js'

export type StatsReportPdf = {
  procuratorate: string
  periodLabel: string
  previousLabel: string
  producedOn: string
  paragraphs: { heading: string; text: string }[]
  charts: { title: string; summary: string; svg: string }[]
  tables: StatsTable[]
  generatedAt: Date
}

/** 工作情况报告: the period, a paragraph per area, the charts as vectors, then every table. */
export function renderStatsReport(r: StatsReportPdf): Promise<Buffer> {
  const title = `${r.procuratorate}民事执行监督工作情况报告`
  return renderPdf(
    (doc, fonts) => {
      centeredTitle(doc, fonts, title, 18)
      doc.moveDown(0.3)
      centeredTitle(doc, fonts, `（${r.periodLabel}）`, 12)
      doc.moveDown(1)
      body(
        doc,
        fonts,
        `统计期间为${r.periodLabel}，与去年同期（${r.previousLabel}）对照。各项数字按“口径”列所述，由系统从办案记录中统计，${r.producedOn}生成。`,
      )
      r.paragraphs.forEach((p, i) => {
        heading(doc, fonts, `${'一二三四五六七八九十'[i] ?? i + 1}、${p.heading}`)
        body(doc, fonts, p.text)
      })
      for (const chart of r.charts) drawChart(doc, fonts, chart)
      for (const table of r.tables) {
        ensureSpace(doc, 80)
        heading(doc, fonts, table.title)
        doc.font(fonts.regular).fontSize(9)
        const wide = table.header.length > 4
        drawTable(doc, fonts, {
          columns: table.header.map((h, i) => ({
            header: h,
            width: wide && i === table.header.length - 1 ? 3 : i === 0 ? 2 : 1,
            align: i === 0 || (wide && i === table.header.length - 1) ? 'left' : 'right',
          })),
          rows: table.rows,
          fontSize: 8.5,
        })
        doc.moveDown(0.8)
      }
      addPageFooters(doc, fonts, { note: title })
    },
    { title, author: r.procuratorate, subject: r.periodLabel, creationDate: r.generatedAt },
  )
}

function heading(doc: PDFKit.PDFDocument, fonts: PdfFonts, text: string) {
  ensureSpace(doc, 40)
  doc.font(fonts.bold).fontSize(12).fillColor('black')
  doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) })
  doc.moveDown(0.4)
}

function body(doc: PDFKit.PDFDocument, fonts: PdfFonts, text: string) {
  doc.font(fonts.regular).fontSize(BODY_SIZE).fillColor('black')
  doc.text(text, doc.page.margins.left, doc.y, {
    width: contentWidth(doc),
    lineGap: LINE_GAP,
    indent: BODY_SIZE * 2,
  })
  doc.moveDown(0.6)
}

function drawChart(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  chart: StatsReportPdf['charts'][number],
) {
  const width = contentWidth(doc)
  const height = width / 2
  ensureSpace(doc, height + 80)
  heading(doc, fonts, chart.title)
  const top = doc.y
  // the chart's own size in px gives way to the box on the page; its viewBox scales the drawing
  const svg = chart.svg.replace(/ width="\d+" height="\d+"/, ` width="${width}" height="${height}"`)
  SVGtoPDF(doc, svg, doc.page.margins.left, top, {
    width,
    height,
    assumePt: true,
    fontCallback: (_family, bold) => (bold ? fonts.bold : fonts.regular),
  })
  doc.y = top + height + 6
  body(doc, fonts, chart.summary)
}
