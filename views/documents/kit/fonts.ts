import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { create, type Font } from 'fontkit'
import { cachedFont } from './font-cache.js'

/** Names under which every document registers the two weights; pass them to `doc.font()`. */
export type PdfFonts = { readonly regular: string; readonly bold: string }

export const PDF_FONTS: PdfFonts = { regular: 'NotoSansSC-Regular', bold: 'NotoSansSC-Bold' }

const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const

type Weight = keyof typeof FONT_FILES
type Loaded = { buffers: Record<Weight, Buffer>; fonts: Record<Weight, Font> }

let loaded: Loaded | undefined

/**
 * Reads the TTF files and parses them once per process (≈ 20 MB kept in memory). The parsed fonts
 * are shared by every document: each pdfkit document still builds its own subset, and rendering
 * is synchronous, so no document sees another's half-done state.
 */
export function loadPdfFonts(): Loaded {
  if (loaded) return loaded
  const require = createRequire(import.meta.url)
  const read = (weight: Weight) => readFileSync(require.resolve(FONT_FILES[weight]))
  const buffers = { regular: read('regular'), bold: read('bold') }
  const fonts = {
    regular: cachedFont(create(buffers.regular)),
    bold: cachedFont(create(buffers.bold)),
  }
  loaded = { buffers, fonts }
  return loaded
}

/** Registers both weights on a document under the names in `PDF_FONTS`. */
export function registerPdfFonts(doc: PDFKit.PDFDocument): PdfFonts {
  const { fonts } = loadPdfFonts()
  // pdfkit ≥ 0.20 takes a parsed fontkit Font (CHANGELOG 0.20.0); @types/pdfkit does not know yet.
  doc.registerFont(PDF_FONTS.regular, fonts.regular as unknown as Uint8Array)
  doc.registerFont(PDF_FONTS.bold, fonts.bold as unknown as Uint8Array)
  return PDF_FONTS
}
