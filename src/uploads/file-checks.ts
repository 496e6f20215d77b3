import { fileTypeFromBuffer } from 'file-type'
import { kindLabel, looksLikeOfd, sniffTextKind } from './file-kinds.js'
import { ActiveContentScanner } from './pdf-active-content.js'

/** docs/product.md §5: PDF, JPEG, PNG — decided by the bytes, never by the name or the browser's claim. */
export const ACCEPTED_TYPES = {
  'application/pdf': { label: 'PDF', ext: 'pdf', extensions: ['pdf'] },
  'image/jpeg': { label: 'JPG', ext: 'jpg', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  'image/png': { label: 'PNG', ext: 'png', extensions: ['png'] },
} as const

export type AcceptedType = keyof typeof ACCEPTED_TYPES

/** file-type's recommended sample: enough for every format it knows that matters here. */
export const HEAD_BYTES = 4100

export type TypeDecision =
  | { accepted: true; type: AcceptedType }
  /** `kind` is file-type's extension (or svg/html/xml/txt/ofd), `label` its Chinese name */
  | { accepted: false; kind?: string; label?: string }

const PDF_MAGIC = Buffer.from('%PDF-')

/** Decides from the first HEAD_BYTES of a file (or all of it, when shorter). */
export async function decideType(head: Uint8Array): Promise<TypeDecision> {
  const found = await fileTypeFromBuffer(head)
  const mime = found?.mime as string | undefined
  if (mime === 'application/pdf' || mime === 'image/jpeg' || mime === 'image/png') {
    return { accepted: true, type: mime }
  }
  // An animated PNG is a PNG whose first frame every viewer shows.
  if (mime === 'image/apng') return { accepted: true, type: 'image/png' }
  // Illustrator's "PDF-compatible" files are PDFs that merely carry extra private data.
  if (found?.ext === 'ai' && PDF_MAGIC.equals(head.subarray(0, PDF_MAGIC.length))) {
    return { accepted: true, type: 'application/pdf' }
  }
  let kind: string | undefined = found?.ext
  if (kind === undefined || kind === 'xml') kind = sniffTextKind(head) ?? kind
  if (kind === 'zip' && looksLikeOfd(head)) kind = 'ofd'
  return kind ? { accepted: false, kind, label: kindLabel(kind) } : { accepted: false }
}

/** True when the name's extension is one usually given to this type ('' counts as matching). */
export function extensionMatches(type: AcceptedType, extension: string): boolean {
  return (
    extension === '' || (ACCEPTED_TYPES[type].extensions as readonly string[]).includes(extension)
  )
}

const ENCRYPT_KEY = Buffer.from('/Encrypt')
/** Enough to read "/Encrypt 123456 0 R" or "/Encrypt <<" after the key, with some whitespace. */
const LOOKAHEAD = 32
const WINDOW = ENCRYPT_KEY.length + LOOKAHEAD

/**
 * Finds a PDF's `/Encrypt` entry (trailer or cross-reference stream dictionary, ISO 32000-1 §7.5.5,
 * §7.6.1) in a stream of chunks without holding the file: the key sits near the end, and in a
 * linearised file also near the start, so every chunk is scanned, and the last WINDOW bytes of each
 * are carried over so a key split across two chunks is still found. Only a key followed by an
 * indirect reference or an inline dictionary counts, which keeps "/EncryptMetadata" or the word in
 * an uncompressed page from refusing a readable file.
 */
export class EncryptScanner {
  found = false
  private carry: Buffer = Buffer.alloc(0)

  push(chunk: Uint8Array): void {
    if (this.found || chunk.byteLength === 0) return
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    const seam = Buffer.concat([this.carry, buf.subarray(0, WINDOW)])
    this.found = hasEncryptEntry(seam) || hasEncryptEntry(buf)
    this.carry =
      buf.byteLength >= WINDOW
        ? Buffer.from(buf.subarray(buf.byteLength - WINDOW))
        : Buffer.from(Buffer.concat([this.carry, buf]).subarray(-WINDOW))
  }
}

function hasEncryptEntry(buf: Buffer): boolean {
  for (let at = buf.indexOf(ENCRYPT_KEY); at !== -1; at = buf.indexOf(ENCRYPT_KEY, at + 1)) {
    if (isEntryValue(buf, at + ENCRYPT_KEY.length)) return true
  }
  return false
}

const isSpace = (b: number | undefined) =>
  b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00
const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39

/** `<<` or `N G R` (an indirect reference) after optional whitespace. */
function isEntryValue(buf: Buffer, start: number): boolean {
  let i = start
  while (isSpace(buf[i])) i++
  if (buf[i] === 0x3c && buf[i + 1] === 0x3c) return true
  for (let part = 0; part < 2; part++) {
    if (!isDigit(buf[i])) return false
    while (isDigit(buf[i])) i++
    if (!isSpace(buf[i])) return false
    while (isSpace(buf[i])) i++
  }
  return buf[i] === 0x52 // R
}

export type FileRefusalCode = 'wrong_type' | 'empty' | 'encrypted' | 'active_content'

/** The content of one file is not acceptable; the multipart reader turns it into a message. */
export class FileRefused extends Error {
  constructor(
    readonly code: FileRefusalCode,
    readonly decision?: Extract<TypeDecision, { accepted: false }>,
  ) {
    super(`file refused: ${code}${decision?.kind ? ` (${decision.kind})` : ''}`)
    this.name = 'FileRefused'
  }
}

/**
 * Watches one file's chunks as they stream to storage: keeps the first HEAD_BYTES to decide the
 * type (refusing as soon as they are in, without reading further), scans every chunk for an
 * encryption dictionary and for active content, and gives the verdict at the end. Memory: HEAD_BYTES
 * plus two small carry-overs.
 */
export class FileInspector {
  size = 0
  private head: Buffer[] = []
  private headBytes = 0
  private decision: TypeDecision | undefined
  private readonly scanner = new EncryptScanner()
  private readonly active = new ActiveContentScanner()

  async push(chunk: Uint8Array): Promise<void> {
    this.size += chunk.byteLength
    this.scanner.push(chunk)
    this.active.push(chunk)
    if (this.decision) return
    const part = chunk.subarray(0, HEAD_BYTES - this.headBytes)
    this.head.push(Buffer.from(part)) // a copy: a view would pin the whole chunk
    this.headBytes += part.byteLength
    if (this.headBytes >= HEAD_BYTES) await this.decide()
  }

  /** Throws FileRefused, or returns the detected type. */
  async finish(): Promise<AcceptedType> {
    if (this.size === 0) throw new FileRefused('empty')
    const decision = this.decision ?? (await this.decide())
    if (!decision.accepted) throw new FileRefused('wrong_type', decision)
    if (decision.type === 'application/pdf' && this.scanner.found)
      throw new FileRefused('encrypted')
    // security review F23: scripts and launch actions would run in staff's desktop reader
    if (decision.type === 'application/pdf' && this.active.finish())
      throw new FileRefused('active_content')
    return decision.type
  }

  private async decide(): Promise<TypeDecision> {
    const decision = await decideType(Buffer.concat(this.head))
    this.decision = decision
    this.head = []
    if (!decision.accepted) throw new FileRefused('wrong_type', decision)
    return decision
  }
}
