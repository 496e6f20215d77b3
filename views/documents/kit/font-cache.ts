import type { Font, Glyph, GlyphRun } from 'fontkit'

/**
 * Process-wide caches around a parsed fontkit font, so a warm receipt stays inside the docs/product.md §14
 * budget (< 40 ms). Both return exactly what fontkit would; the unit tests compare the bytes of a
 * PDF drawn with and without them.
 */
export function cachedFont(font: Font): Font {
  return Object.assign(Object.create(font) as Font, {
    layout: sharedLayout(font),
    createSubset: lightSubsets(font),
  })
}

type CachedRun = { glyphs: Glyph[]; positions: GlyphRun['positions'] }

const MAX_CACHED_RUNS = 50_000

/**
 * Shaping with fontkit (GSUB/GPOS) is most of pdfkit's work, and pdfkit shapes every CJK
 * character on its own while wrapping; its own cache lasts one document. pdfkit scales the
 * positions it is given in place, so every call returns fresh copies.
 */
function sharedLayout(font: Font): Font['layout'] {
  const runs = new Map<string, CachedRun>()
  return (input, features) => {
    const text = unifyRadicals(input)
    if (features !== undefined) return font.layout(text, features)
    let cached = runs.get(text)
    if (!cached) {
      const run = font.layout(text)
      cached = { glyphs: run.glyphs, positions: run.positions.map((p) => ({ ...p })) }
      if (runs.size >= MAX_CACHED_RUNS) runs.clear()
      runs.set(text, cached)
    }
    const positions = cached.positions.map((p) => ({ ...p }))
    return {
      glyphs: cached.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + p.xAdvance, 0)
      },
    }
  }
}

/**
 * Kangxi radicals and compatibility ideographs (common in text pasted from other PDFs) share
 * glyphs with ordinary ideographs; fontkit remembers one code point per glyph, so they would
 * change what `pdftotext` reads back for the ordinary character. Draw the ordinary one.
 */
function unifyRadicals(text: string): string {
  return text.replace(/[\u2E80-\u2FDF\uF900-\uFAFF]/g, (c) => c.normalize('NFKC'))
}

type GlyphOutline = { numberOfContours: number; components?: unknown[] }
type DecodableGlyph = Glyph & { _decode(): GlyphOutline | null }

/**
 * fontkit's TrueType subsetter (fontkit 2.0, TTFSubset._addGlyph) decodes each glyph's whole
 * outline on every document only to learn whether it is a composite glyph. The subsetter here
 * sees glyphs whose `_decode` answers from a per-process table of that summary (contour count,
 * plus the components of composite glyphs). Nothing else is changed: if fontkit stops calling
 * `_decode`, this costs nothing and changes nothing.
 */
function lightSubsets(font: Font): () => unknown {
  const createSubset = font.createSubset
  // a variable font's subsetter re-encodes outlines from the full decode: leave it alone
  if (Object.keys(font.variationAxes).length > 0) return () => createSubset.call(font)
  const outlines = new Map<number, GlyphOutline | null>()
  const summary = (glyph: DecodableGlyph): GlyphOutline | null => {
    if (!outlines.has(glyph.id)) {
      const full = glyph._decode()
      const light = full && { numberOfContours: full.numberOfContours }
      outlines.set(glyph.id, full && full.numberOfContours < 0 ? full : light)
    }
    return outlines.get(glyph.id) ?? null
  }
  const view: Font = Object.create(font, {
    getGlyph: {
      value: (id: number, codePoints?: number[]) => {
        const glyph = font.getGlyph(id, codePoints) as DecodableGlyph
        if (typeof glyph._decode !== 'function') return glyph
        return Object.create(glyph, { _decode: { value: () => summary(glyph) } })
      },
    },
  })
  return () => createSubset.call(view)
}
