import crypto from 'node:crypto'
import { Readable } from 'node:stream'
import {
  FileNotFoundError,
  FileTooLargeError,
  isFileId,
  type FileStat,
  type FileStore,
  type StoredFile,
} from './file-store.js'
import {
  MAGIC,
  isSealed,
  openStream,
  plainSize,
  sealStream,
  sealedSize,
  type FileKeyring,
} from './file-cipher.js'

/**
 * Any FileStore, with every file encrypted before it reaches the backend (security review F17,
 * docs/decisions/098). Callers see plaintext only: put() returns the plaintext's size and SHA-256
 * (what receipts, /verify and the materials list quote), open() streams plaintext, stat() reports the
 * plaintext size. Files stored before encryption (no header) still read as they are; the
 * `npm run files:encrypt` command seals them in place. list/remove/purgeIncomplete pass through,
 * so the orphan sweep and retention purge are unchanged; backups copy the sealed bytes.
 */
export function createEncryptedFileStore(inner: FileStore, keyring: FileKeyring): FileStore {
  /** Seals `source` on its way to `write` (the backend's put or putAs), counting the plaintext. */
  async function sealInto(
    source: AsyncIterable<Uint8Array> | Readable,
    maxBytes: number,
    write: (sealed: AsyncIterable<Uint8Array>, limits: { maxBytes: number }) => Promise<StoredFile>,
  ): Promise<StoredFile> {
    const hash = crypto.createHash('sha256')
    let size = 0
    async function* counted() {
      for await (const chunk of source as AsyncIterable<Uint8Array>) {
        size += chunk.byteLength
        // checked before encrypting: leaving the loop stops reading from `source` at once
        if (size > maxBytes) throw new FileTooLargeError(maxBytes)
        hash.update(chunk)
        yield chunk
      }
    }
    const stored = await write(sealStream(keyring, counted()), { maxBytes: sealedSize(maxBytes) })
    return { id: stored.id, size, sha256: hash.digest('hex') }
  }

  async function putAs(
    id: string,
    source: AsyncIterable<Uint8Array> | Readable,
    { maxBytes }: { maxBytes: number },
  ): Promise<StoredFile> {
    if (!isFileId(id)) throw new FileNotFoundError(id)
    return sealInto(source, maxBytes, (sealed, limits) => inner.putAs(id, sealed, limits))
  }

  function open(id: string): Readable {
    const raw = inner.open(id)
    const plain = openStream(keyring)
    raw.once('error', (err) => plain.destroy(err))
    plain.once('close', () => raw.destroy())
    // A small tampered file is read and refused before anyone consumes the stream (the download is
    // audited first): the error must wait in `plain.errored` for the reader (sendStoredFile,
    // pipeline, for await all see it), not surface as an uncaught exception that stops the server.
    plain.on('error', () => undefined)
    return raw.pipe(plain)
  }

  async function stat(id: string): Promise<FileStat | undefined> {
    const found = await inner.stat(id)
    if (!found || found.size < MAGIC.length) return found
    const head = await readHead(inner, id)
    if (!head) return undefined
    return isSealed(head) ? { ...found, size: plainSize(found.size) } : found
  }

  return {
    put: (source, { maxBytes }) =>
      sealInto(source, maxBytes, (sealed, limits) => inner.put(sealed, limits)),
    putAs,
    open,
    stat,
    remove: (id) => inner.remove(id),
    list: () => inner.list(),
    ...(inner.purgeIncomplete
      ? { purgeIncomplete: (olderThan: Date) => inner.purgeIncomplete!(olderThan) }
      : {}),
  }
}

/** The first bytes of a stored file (enough to see whether it is sealed); undefined if gone. */
export async function readHead(store: FileStore, id: string): Promise<Buffer | undefined> {
  let stream: Readable
  try {
    stream = store.open(id)
  } catch (err) {
    if (err instanceof FileNotFoundError) return undefined
    throw err
  }
  let head = Buffer.alloc(0)
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      head = Buffer.concat([head, chunk])
      if (head.length >= MAGIC.length) break
    }
  } catch (err) {
    if (err instanceof FileNotFoundError) return undefined
    throw err
  } finally {
    stream.destroy()
  }
  return head
}
