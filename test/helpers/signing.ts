import crypto from 'node:crypto'
import forge from 'node-forge'

// node-forge's message digests, named so as not to read like a document name
const digests = forge['md']

/**
 * A self-signed certificate and its key in a PKCS#12 file, made for the test (the key by Node's
 * crypto, which is fast; the certificate and the container by node-forge).
 */
export function testP12(
  passphrase: string,
  commonName = '平顶山市卫东区人民检察院（测试）',
): Buffer {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
  const key = forge.pki.privateKeyFromPem(
    privateKey.export({ type: 'pkcs1', format: 'pem' }) as string,
  )
  const cert = forge.pki.createCertificate()
  cert.publicKey = forge.pki.publicKeyFromPem(
    publicKey.export({ type: 'spki', format: 'pem' }) as string,
  )
  cert.serialNumber = '01'
  cert.validity.notBefore = new Date('2026-01-01T00:00:00Z')
  cert.validity.notAfter = new Date('2030-01-01T00:00:00Z')
  const attrs = [
    { shortName: 'CN', value: forge.util.encodeUtf8(commonName) },
    { shortName: 'C', value: 'CN' },
  ]
  cert.setSubject(attrs)
  cert.setIssuer(attrs)
  cert.sign(key, digests.sha256.create())
  const p12 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: '3des' })
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary')
}

export type SignatureCheck = {
  subFilter: string
  /** the byte ranges cover the whole file except the signature's hex string */
  coversWholeFile: boolean
  digestMatches: boolean
  signatureValid: boolean
  signerCommonName: string
}

/**
 * Verifies a PDF signature the way a reader does: the /ByteRange's bytes hashed with SHA-256 must
 * equal the PKCS#7 messageDigest attribute, and the signature over the signed attributes must
 * verify with the certificate in the container.
 */
export function verifyPdfSignature(pdf: Buffer): SignatureCheck {
  const text = pdf.toString('latin1')
  const range = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text)
  if (!range) throw new Error('no /ByteRange')
  const [a, b, c, d] = range.slice(1).map(Number) as [number, number, number, number]
  const subFilter = /\/SubFilter\s*\/([\w.]+)/.exec(text)?.[1] ?? ''
  const signed = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)])
  const hex = pdf
    .subarray(a + b + 1, c - 1)
    .toString('latin1')
    .replace(/(00)+$/, '')
  const message = forge.pkcs7.messageFromAsn1(
    forge.asn1.fromDer(forge.util.hexToBytes(hex)),
  ) as forge.pkcs7.PkcsSignedData & {
    rawCapture: { authenticatedAttributes: forge.asn1.Asn1[]; signature: string }
  }
  const cert = message.certificates[0]!
  const attrs = message.rawCapture.authenticatedAttributes
  const digestAttr = attrs.find(
    (attr) =>
      forge.asn1.derToOid((attr.value as forge.asn1.Asn1[])[0]!.value as string) ===
      forge.pki.oids.messageDigest,
  )!
  const digest = ((digestAttr.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[0]!
    .value as string
  const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attrs)
  const md = digests.sha256.create()
  md.update(forge.asn1.toDer(set).getBytes())
  const publicKey = cert.publicKey as forge.pki.rsa.PublicKey
  return {
    subFilter,
    coversWholeFile: a === 0 && c + d === pdf.length && b < c,
    digestMatches:
      digest === crypto.createHash('sha256').update(signed).digest().toString('binary'),
    signatureValid: publicKey.verify(md.digest().bytes(), message.rawCapture.signature),
    signerCommonName: forge.util.decodeUtf8(String(cert.subject.getField('CN').value)),
  }
}
