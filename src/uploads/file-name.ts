/** The original name of an upload is kept for display only (docs/product.md §5); storage uses generated ids. */
export const MAX_FILE_NAME_CHARS = 200
export const UNNAMED_FILE = '未命名文件'

const EXTENSION = /\.([\p{L}\p{N}]{1,10})$/u

/**
 * Control characters, and the invisible format characters (bidi overrides, zero-width marks) that
 * can make "invoice<U+202E>fdp.exe" look like "invoiceexe.pdf" on a reviewer's screen.
 */
const INVISIBLE = /[\p{Cc}\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu

/**
 * A name safe to show and to put in a Content-Disposition: no directories, no control or bidi
 * characters, NFC (a macOS "é" and a Windows "é" compare equal), whitespace collapsed, at most
 * 200 characters with the extension kept when cut.
 */
export function sanitizeFileName(raw: string | undefined): string {
  const base = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? ''
  const clean = base
    .replace(/[\t\n\v\f\r]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s+/gu, ' ')
    .trim()
  if (clean === '' || /^\.+$/.test(clean)) return UNNAMED_FILE
  return truncateKeepingExtension(clean, MAX_FILE_NAME_CHARS)
}

/** Lower-case extension without the dot ('' when there is none): "扫描件.JPG" → "jpg". */
export function extensionOf(name: string): string {
  const match = EXTENSION.exec(name)
  return match && match.index > 0 ? match[1]!.toLowerCase() : ''
}

function truncateKeepingExtension(name: string, max: number): string {
  const chars = Array.from(name) // code points: never split a surrogate pair
  if (chars.length <= max) return name
  const ext = EXTENSION.exec(name)
  const tail = ext && ext.index > 0 ? `…${ext[0]}` : '…'
  return (
    chars
      .slice(0, max - Array.from(tail).length)
      .join('')
      .trimEnd() + tail
  )
}
