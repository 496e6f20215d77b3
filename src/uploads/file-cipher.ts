import crypto from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'

/**
 * The format of an encrypted stored file (security review F17, docs/decisions/098):
 *
 *   header  = MAGIC(8) | wrap nonce(12) | wrapped data key(32) | wrap tag(16) | nonce prefix(7)
 *   chunk_i = AES-256-GCM(data key, nonce = prefix | i as uint32 BE | last ? 1 : 0, plaintext_i) | tag(16)
 *
 * Each file has its own random data key, wrapped (AES-256-GCM) by a key derived from
 * DATA_ENCRYPTION_KEY. Plaintext is cut into 64 KiB chunks, the last one shorter (possibly empty)
 * and flagged in its nonce, so chunks cannot be reordered, dropped or cut off without the
 * decryption failing. Reading and writing hold one chunk at a time, whatever the file's size.
 * A file that does not start with MAGIC is a plaintext file from before encryption and is read as is.
 */
export const MAGIC = Buffer.from('ZJFENC\x00\x01', 'latin1')
const WRAP_NONCE_BYTES = 12
const KEY_BYTES = 32
const TAG_BYTES = 16
const PREFIX_BYTES = 7
export const HEADER_BYTES = MAGIC.length + WRAP_NONCE_BYTES + KEY_BYTES + TAG_BYTES + PREFIX_BYTES
export const CHUNK_BYTES = 64 * 1024
const SEALED_CHUNK_BYTES = CHUNK_BYTES + TAG_BYTES

/** A stored file failed its authentication: altered, cut off, or sealed under another key. */
export class FileIntegrityError extends Error {
  readonly code = 'file_integrity'
  constructor(why: string) {
    super(`stored file failed authentication: ${why}`)
    this.name = 'FileIntegrityError'
  }
}

export type FileKeyring = { wrapKey: Buffer }

export function fileKeyring(masterKey: Buffer): FileKeyring {
  if (masterKey.length !== 32) throw new Error('DATA_ENCRYPTION_KEY must be 32 bytes')
  const wrapKey = crypto.hkdfSync(
    'sha256',
    masterKey,
    Buffer.alloc(0),
    'zhijian file key wrap v1',
    32,
  )
  return { wrapKey: Buffer.from(wrapKey) }
}

/** Bytes stored for a plaintext of `size` bytes. */
export function sealedSize(size: number): number {
  return HEADER_BYTES + size + TAG_BYTES * (Math.floor(size / CHUNK_BYTES) + 1)
}

/** Plaintext bytes in a sealed file of `stored` bytes (the inverse of sealedSize). */
export function plainSize(stored: number): number {
  const body = stored - HEADER_BYTES - TAG_BYTES
  if (body < 0) return 0
  return body - TAG_BYTES * Math.floor(body / SEALED_CHUNK_BYTES)
}

export function isSealed(head: Buffer): boolean {
  return head.length >= MAGIC.length && head.subarray(0, MAGIC.length).equals(MAGIC)
}

function chunkNonce(prefix: Buffer, index: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(12)
  prefix.copy(nonce, 0)
  nonce.writeUInt32BE(index, PREFIX_BYTES)
  nonce[11] = last ? 1 : 0
  return nonce
}

/** Encrypts `source` chunk by chunk; the caller counts and hashes the plaintext it passes in. */
export async function* sealStream(
  keyring: FileKeyring,
  source: AsyncIterable<Uint8Array>,
): AsyncGenerator<Buffer> {
  const dataKey = crypto.randomBytes(KEY_BYTES)
  const prefix = crypto.randomBytes(PREFIX_BYTES)
  const wrapNonce = crypto.randomBytes(WRAP_NONCE_BYTES)
  const wrap = crypto.createCipheriv('aes-256-gcm', keyring.wrapKey, wrapNonce)
  wrap.setAAD(MAGIC)
  const wrapped = Buffer.concat([wrap.update(dataKey), wrap.final()])
  yield Buffer.concat([MAGIC, wrapNonce, wrapped, wrap.getAuthTag(), prefix])
  let index = 0
  const seal = (plain: Buffer, last: boolean) => {
    const cipher = crypto.createCipheriv('aes-256-gcm', dataKey, chunkNonce(prefix, index++, last))
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()])
  }
  const pending = Buffer.allocUnsafe(CHUNK_BYTES)
  let used = 0
  for await (const input of source) {
    let offset = 0
    while (offset < input.byteLength) {
      const take = Math.min(CHUNK_BYTES - used, input.byteLength - offset)
      pending.set(input.subarray(offset, offset + take), used)
      used += take
      offset += take
      if (used === CHUNK_BYTES) {
        yield seal(pending, false)
        used = 0
      }
    }
  }
  yield seal(pending.subarray(0, used), true)
}

/**
 * Decrypts a stored file as it streams: plaintext files pass through unchanged; a sealed one is
 * released chunk by chunk, each only after its tag checked, and fails with FileIntegrityError at
 * the first chunk that does not (so not one unauthenticated byte is ever passed on).
 */
export function openStream(keyring: FileKeyring): Transform {
  return new OpeningStream(keyring)
}

class OpeningStream extends Transform {
  private mode: 'unknown' | 'plain' | 'sealed' = 'unknown'
  private pending: Buffer = Buffer.alloc(0)
  private dataKey: Buffer | undefined
  private prefix: Buffer | undefined
  private index = 0

  constructor(private readonly keyring: FileKeyring) {
    super()
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk])
    this.settle(done, false)
  }

  override _flush(done: TransformCallback) {
    this.settle(done, true)
  }

  private settle(done: TransformCallback, ending: boolean) {
    try {
      this.step(ending)
      done()
    } catch (err) {
      done(err as Error)
    }
  }

  private step(ending: boolean) {
    if (this.mode === 'unknown') {
      if (this.pending.length < MAGIC.length && !ending) return
      this.mode = isSealed(this.pending) ? 'sealed' : 'plain'
    }
    if (this.mode === 'plain') {
      if (this.pending.length > 0) this.push(this.pending)
      this.pending = Buffer.alloc(0)
      return
    }
    if (!this.dataKey) {
      if (this.pending.length < HEADER_BYTES) {
        if (ending) throw new FileIntegrityError('header cut off')
        return
      }
      this.readHeader()
    }
    while (this.pending.length >= SEALED_CHUNK_BYTES) {
      this.push(this.openChunk(this.pending.subarray(0, SEALED_CHUNK_BYTES), false))
      this.pending = this.pending.subarray(SEALED_CHUNK_BYTES)
    }
    if (!ending) return
    if (this.pending.length < TAG_BYTES) throw new FileIntegrityError('last chunk missing')
    const last = this.openChunk(this.pending, true)
    if (last.length > 0) this.push(last)
    this.pending = Buffer.alloc(0)
  }

  private readHeader() {
    const at = MAGIC.length
    const header = this.pending
    const tagAt = at + WRAP_NONCE_BYTES + KEY_BYTES
    const unwrap = crypto.createDecipheriv(
      'aes-256-gcm',
      this.keyring.wrapKey,
      header.subarray(at, at + WRAP_NONCE_BYTES),
    )
    unwrap.setAAD(MAGIC)
    unwrap.setAuthTag(header.subarray(tagAt, tagAt + TAG_BYTES))
    try {
      const wrapped = header.subarray(at + WRAP_NONCE_BYTES, tagAt)
      this.dataKey = Buffer.concat([unwrap.update(wrapped), unwrap.final()])
    } catch {
      throw new FileIntegrityError('data key')
    }
    this.prefix = Buffer.from(header.subarray(tagAt + TAG_BYTES, HEADER_BYTES))
    this.pending = header.subarray(HEADER_BYTES)
  }

  private openChunk(sealed: Buffer, last: boolean): Buffer {
    const nonce = chunkNonce(this.prefix!, this.index++, last)
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.dataKey!, nonce)
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES))
    try {
      const body = sealed.subarray(0, sealed.length - TAG_BYTES)
      return Buffer.concat([decipher.update(body), decipher.final()])
    } catch {
      throw new FileIntegrityError(`chunk ${this.index - 1}`)
    }
  }
}
