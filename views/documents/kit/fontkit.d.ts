/**
 * The little of fontkit we use: pdfkit 0.20 accepts an already-parsed fontkit `Font` in
 * `registerFont`, and parsing the 10 MB Noto Sans SC file once per process instead of once per
 * document is what keeps a warm receipt under the docs/product.md §14 budget (see font-cache.ts). fontkit
 * ships no types; fontkit is pdfkit's own dependency, so this is the copy pdfkit uses.
 */
declare module 'fontkit' {
  export interface Glyph {
    readonly id: number
    readonly codePoints: number[]
    readonly advanceWidth: number
  }
  export interface GlyphPosition {
    xAdvance: number
    yAdvance: number
    xOffset: number
    yOffset: number
  }
  export interface GlyphRun {
    readonly glyphs: Glyph[]
    readonly positions: GlyphPosition[]
    readonly advanceWidth: number
  }
  export interface Font {
    readonly postscriptName: string
    readonly unitsPerEm: number
    readonly variationAxes: Record<string, unknown>
    layout(text: string, features?: unknown): GlyphRun
    getGlyph(id: number, codePoints?: number[]): Glyph
    createSubset(): unknown
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font
}
