/** The seal image limits: small enough to embed in every notice, large enough to print sharply. */
export const SEAL_MAX_BYTES = 200 * 1024
export const SEAL_MIN_SIDE = 200
export const SEAL_MAX_SIDE = 2000

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

export type SealCheck = { ok: true; width: number; height: number } | { ok: false; message: string }

/**
 * A seal must be a PNG with transparency (colour type with alpha, or a tRNS chunk), so the text
 * under it stays readable, of a printable size and roughly square. Reads only the chunk headers.
 */
export function checkSealPng(png: Buffer): SealCheck {
  if (
    png.length < 33 ||
    !png.subarray(0, 8).equals(PNG_SIGNATURE) ||
    png.toString('latin1', 12, 16) !== 'IHDR'
  )
    return { ok: false, message: '院印图片必须是 PNG 格式' }
  const width = png.readUInt32BE(16)
  const height = png.readUInt32BE(20)
  const colourType = png[25]!
  if (Math.min(width, height) < SEAL_MIN_SIDE || Math.max(width, height) > SEAL_MAX_SIDE)
    return {
      ok: false,
      message: `院印图片的边长应在 ${SEAL_MIN_SIDE} 至 ${SEAL_MAX_SIDE} 像素之间（这张是 ${width}×${height}）`,
    }
  if (Math.max(width, height) > 1.2 * Math.min(width, height))
    return { ok: false, message: `院印图片应大致为正方形（这张是 ${width}×${height}）` }
  const alpha = colourType === 4 || colourType === 6 || hasChunk(png, 'tRNS')
  if (!alpha)
    return { ok: false, message: '院印图片必须带透明背景（PNG 透明通道），否则会遮住文书上的文字' }
  return { ok: true, width, height }
}

function hasChunk(png: Buffer, type: string): boolean {
  let at = 8
  while (at + 8 <= png.length) {
    const length = png.readUInt32BE(at)
    const name = png.toString('latin1', at + 4, at + 8)
    if (name === type) return true
    if (name === 'IDAT' || name === 'IEND') return false // tRNS must come before IDAT
    at += 12 + length
  }
  return false
}
