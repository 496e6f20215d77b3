import crypto from 'node:crypto'

/**
 * Encryption of personal identifiers at rest (ID and mobile numbers, docs/product.md §14 / PIPL art. 51):
 * AES-256-GCM with a fresh 96-bit nonce per value, stored as one self-describing blob
 * `v1 | nonce | tag | ciphertext`. A separate keyed hash (HMAC-SHA256) finds duplicates without
 * decrypting; both keys are derived from DATA_ENCRYPTION_KEY with HKDF so neither is used twice.
 */
const VERSION = 1
const NONCE_BYTES = 12
const TAG_BYTES = 16

export type FieldCrypto = {
  encrypt(plaintext: string): Buffer
  decrypt(blob: Uint8Array): string
  /** stable for equal inputs under the same key; hex */
  keyedHash(value: string): string
}

export function createFieldCrypto(masterKey: Buffer): FieldCrypto {
  if (masterKey.length !== 32) throw new Error('DATA_ENCRYPTION_KEY must be 32 bytes')
  const encKey = derive(masterKey, 'zhijian field encryption v1')
  const hashKey = derive(masterKey, 'zhijian duplicate detection v1')
  return {
    encrypt(plaintext) {
      const nonce = crypto.randomBytes(NONCE_BYTES)
      const cipher = crypto.createCipheriv('aes-256-gcm', encKey, nonce)
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
      return Buffer.concat([Buffer.from([VERSION]), nonce, cipher.getAuthTag(), body])
    },
    decrypt(blob) {
      const data = Buffer.from(blob)
      if (data[0] !== VERSION) throw new Error('unknown encrypted field version')
      const nonce = data.subarray(1, 1 + NONCE_BYTES)
      const tag = data.subarray(1 + NONCE_BYTES, 1 + NONCE_BYTES + TAG_BYTES)
      const decipher = crypto.createDecipheriv('aes-256-gcm', encKey, nonce)
      decipher.setAuthTag(tag)
      const body = data.subarray(1 + NONCE_BYTES + TAG_BYTES)
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')
    },
    keyedHash(value) {
      return crypto.createHmac('sha256', hashKey).update(value, 'utf8').digest('hex')
    },
  }
}

function derive(masterKey: Buffer, info: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), info, 32))
}
