import type { FileStore } from './file-store.js'
import { readHead } from './encrypted-file-store.js'
import { isSealed, sealStream, sealedSize, type FileKeyring } from './file-cipher.js'

export type SealReport = { sealed: number; alreadySealed: number; gone: number }

/**
 * Encrypts in place every file stored before file encryption (security review F17): each plaintext
 * file is read, sealed and written back under the same id, so database rows, receipts and hashes
 * stay as they are (the SHA-256 is the plaintext's). Safe to run again and beside a running
 * server: sealed files are skipped, and the backend replaces a file only once the new one is
 * complete (local: rename; S3: one PUT), so a reader sees the old bytes or the new, never half.
 */
export async function sealExistingFiles(
  raw: FileStore,
  keyring: FileKeyring,
  onFile: (id: string) => void = () => {},
): Promise<SealReport> {
  const report: SealReport = { sealed: 0, alreadySealed: 0, gone: 0 }
  for await (const { id } of raw.list()) {
    const head = await readHead(raw, id)
    const stat = await raw.stat(id)
    if (head === undefined || stat === undefined) {
      report.gone += 1
      continue
    }
    if (isSealed(head)) {
      report.alreadySealed += 1
      continue
    }
    await raw.putAs(id, sealStream(keyring, raw.open(id)), { maxBytes: sealedSize(stat.size) })
    report.sealed += 1
    onFile(id)
  }
  return report
}
