import type { FileSource } from './workbook-read.js'
import { ImportRefused, refusalText } from './import-refusal.js'

/**
 * Zip-bomb guard for .xlsx, read from the central directory before anything is inflated: a workbook
 * whose entries claim more than MAX_TOTAL bytes, or whose large entries are compressed beyond
 * MAX_RATIO, is refused. Real sheet XML compresses 5–20×; a bomb of zeros ~1000×. A file that lies
 * in its directory is still bounded by the row limit while it is read.
 */
export const ZIP_LIMITS = { maxTotal: 2 * 1024 ** 3, maxRatio: 200, ratioFloor: 1024 * 1024 }

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50

export async function checkZipEntries(source: FileSource): Promise<void> {
  const refuse = () => new ImportRefused('zip_bomb', refusalText.zipBomb(source.name))
  const unreadable = () => new ImportRefused('unreadable', refusalText.unreadable(source.name))
  const tail = await readRange(source, Math.max(0, source.size - 65_557), source.size)
  const at = lastIndexOf32(tail, EOCD)
  if (at < 0) throw unreadable()
  const entries = tail.readUInt16LE(at + 10)
  const dirSize = tail.readUInt32LE(at + 12)
  const dirOffset = tail.readUInt32LE(at + 16)
  if (dirOffset + dirSize > source.size) throw unreadable()
  const dir = await readRange(source, dirOffset, dirOffset + dirSize)
  let total = 0
  let p = 0
  for (let i = 0; i < entries; i++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) throw unreadable()
    const compressed = dir.readUInt32LE(p + 20)
    const size = dir.readUInt32LE(p + 24)
    total += size
    if (size > ZIP_LIMITS.ratioFloor && size > compressed * ZIP_LIMITS.maxRatio) throw refuse()
    p += 46 + dir.readUInt16LE(p + 28) + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32)
  }
  if (total > ZIP_LIMITS.maxTotal) throw refuse()
}

function lastIndexOf32(buf: Buffer, signature: number): number {
  for (let i = buf.length - 22; i >= 0; i--) if (buf.readUInt32LE(i) === signature) return i
  return -1
}

async function readRange(source: FileSource, start: number, end: number): Promise<Buffer> {
  if (end <= start) return Buffer.alloc(0)
  const chunks: Buffer[] = []
  let skipped = 0
  let taken = 0
  for await (const chunk of source.open() as AsyncIterable<Buffer>) {
    const from = Math.max(0, start - skipped)
    const to = Math.min(chunk.length, end - skipped)
    if (to > from) {
      chunks.push(chunk.subarray(from, to))
      taken += to - from
    }
    skipped += chunk.length
    if (skipped >= end) break
  }
  return taken === end - start ? Buffer.concat(chunks) : Buffer.alloc(0)
}
