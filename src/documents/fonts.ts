import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { create, type Font, type GlyphRun } from 'fontkit'

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
    regular: sharedLayout(create(buffers.regular)),
    bold: sharedLayout(create(buffers.bold)),
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

type CachedRun = { glyphs: GlyphRun['glyphs']; positions: GlyphRun['positions'] }

const MAX_CACHED_RUNS = 50_000

/**
 * Shaping a run with fontkit (GSUB/GPOS) is most of pdfkit's time, and pdfkit shapes every CJK
 * character on its own while wrapping; its cache lives for one document. This one lives for the
 * process. pdfkit scales the positions it gets in place, so each call returns fresh copies.
 */
function sharedLayout(font: Font): Font {
  const runs = new Map<string, CachedRun>()
  const layout = (input: string, features?: unknown): GlyphRun => {
    const text = unifyRadicals(input)
    if (features !== undefined) return font.layout(text, features)
    let cached = runs.get(text)
    if (!cached) {
      const run = font.layout(text)
      cached = { glyphs: run.glyphs, positions: run.positions.map((p) => ({ ...p })) }
      if (runs.size >= MAX_CACHED_RUNS) runs.clear()
      runs.set(text, cached)
    }
    return freshRun(cached)
  }
  return Object.assign(Object.create(font) as Font, { layout })
}

function freshRun(cached: CachedRun): GlyphRun {
  const positions = cached.positions.map((p) => ({ ...p }))
  return {
    glyphs: cached.glyphs,
    positions,
    get advanceWidth() {
      return positions.reduce((sum, p) => sum + p.xAdvance, 0)
    },
  }
}

/**
 * Kangxi radicals and compatibility ideographs (common in text pasted from other PDFs) share
 * glyphs with ordinary ideographs; fontkit remembers only the first code point per glyph, so they
 * would change what `pdftotext` reads back for the ordinary character. Draw the ordinary one.
 */
function unifyRadicals(text: string): string {
  return text.replace(/[\u2E80-\u2FDF\uF900-\uFAFF]/g, (c) => c.normalize('NFKC'))
}
