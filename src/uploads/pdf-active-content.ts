/**
 * Finds, in a stream of PDF bytes, the names of the actions a desktop reader may run on opening or
 * clicking (security review F23): JavaScript (`/JavaScript`, `/JS`), starting a program
 * (`/Launch`), files carried inside the PDF (`/EmbeddedFile`) and Flash/3D content (`/RichMedia`).
 * Such a PDF is refused at upload; staff open uploads in Adobe, Foxit or WPS, where the browser's
 * sandbox does not protect them. `/OpenAction` alone is not refused: scanners and Word use it to
 * set the first page and zoom, and a script behind it carries `/JS` anyway.
 *
 * Names are read as PDF names (ISO 32000-1 §7.3.5), `#xx` escapes decoded, so `/J#61vaScript`
 * counts. Names inside compressed object streams are not seen by this byte scan; files are still
 * served with the sandbox CSP and as attachments.
 */
const ACTIVE_NAMES = new Set(['JavaScript', 'JS', 'Launch', 'EmbeddedFile', 'RichMedia'])

/** Longer than any escaped form of the names above (`/` + 10 × `#xx`). */
const CARRY = 64

/** Whitespace and delimiters end a name (§7.2.2, §7.2.3). */
const ENDS_NAME = new Set([...'\0\t\n\f\r ()<>[]{}/%'].map((ch) => ch.charCodeAt(0)))

export class ActiveContentScanner {
  found: string | undefined
  private carry: Buffer = Buffer.alloc(0)

  push(chunk: Uint8Array): void {
    if (this.found || chunk.byteLength === 0) return
    const seam = Buffer.concat([this.carry, chunk])
    this.found = findActiveName(seam, false)
    this.carry = Buffer.from(seam.subarray(Math.max(0, seam.length - CARRY)))
  }

  /** The name that reached the very end of the file is complete only now. */
  finish(): string | undefined {
    this.found ??= findActiveName(this.carry, true)
    return this.found
  }
}

function findActiveName(buf: Buffer, atEnd: boolean): string | undefined {
  for (let at = buf.indexOf(0x2f); at !== -1; at = buf.indexOf(0x2f, at + 1)) {
    let end = at + 1
    while (end < buf.length && !ENDS_NAME.has(buf[end]!)) end++
    // a name cut off by the end of this chunk is read again, whole, with the next one
    if (end === buf.length && !atEnd) return undefined
    const name = decodeName(buf.subarray(at + 1, end))
    if (ACTIVE_NAMES.has(name)) return name
  }
  return undefined
}

function decodeName(raw: Buffer): string {
  return raw
    .toString('latin1')
    .replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}
