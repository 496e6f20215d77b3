import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import {
  getDocument,
  GlobalWorkerOptions,
  type PDFDocumentProxy,
} from 'pdfjs-dist/legacy/build/pdf.mjs'

/**
 * Reads PDFs back the way a person's viewer would, with pdfjs-dist only, so `npm test` needs no
 * poppler. pdfjs v5 in Node runs its worker code in this thread (a "fake worker") and imports it
 * from `GlobalWorkerOptions.workerSrc`; its default is a relative path that depends on how the
 * module was loaded, so point it at the file explicitly.
 */
GlobalWorkerOptions.workerSrc = pathToFileURL(
  createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'),
).href

async function withPdf<T>(pdf: Uint8Array, use: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const data = new Uint8Array(pdf)
  const task = getDocument({ data, disableFontFace: true, useSystemFonts: false, verbosity: 0 })
  const doc = await task.promise
  try {
    return await use(doc)
  } finally {
    await task.destroy()
  }
}

/** The text of each page: text items joined as drawn, a newline where pdfjs sees a line end. */
export function pdfPages(pdf: Uint8Array): Promise<string[]> {
  return withPdf(pdf, async (doc) => {
    const pages: string[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent()
      let text = ''
      for (const item of content.items) {
        if (!('str' in item)) continue
        text += item.str + (item.hasEOL ? '\n' : '')
      }
      pages.push(text)
    }
    return pages
  })
}

/** All text, pages separated by a form feed (as pdftotext does). */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  return (await pdfPages(pdf)).join('\f')
}

/** Whitespace removed: wrapped Chinese lines join back up for `toContain` checks. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '')
}

export type PdfInfo = {
  title?: string
  author?: string
  subject?: string
  keywords?: string
  creator?: string
  producer?: string
  /** non-standard Info dictionary entries */
  custom: Record<string, string>
  pageCount: number
  /** [width, height] in points, per page */
  pageSizes: [number, number][]
}

export function pdfInfo(pdf: Uint8Array): Promise<PdfInfo> {
  return withPdf(pdf, async (doc) => {
    const info = (await doc.getMetadata()).info as Record<string, unknown>
    const text = (key: string) => (typeof info[key] === 'string' ? info[key] : undefined)
    const pageSizes: [number, number][] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = (await doc.getPage(n)).view
      pageSizes.push([x1 - x0, y1 - y0])
    }
    return {
      title: text('Title'),
      author: text('Author'),
      subject: text('Subject'),
      keywords: text('Keywords'),
      creator: text('Creator'),
      producer: text('Producer'),
      custom: (info.Custom ?? {}) as Record<string, string>,
      pageCount: doc.numPages,
      pageSizes,
    }
  })
}
