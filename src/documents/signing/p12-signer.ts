import fs from 'node:fs'
import { plainAddPlaceholder } from '@signpdf/placeholder-plain'
import { SignPdf } from '@signpdf/signpdf'
import { P12Signer } from '@signpdf/signer-p12'
import forge from 'node-forge'
import type { PdfSigner } from './pdf-signer.js'

/** Room for the PKCS#7 container: the certificate chain and the signature, with margin. */
const SIGNATURE_BYTES = 16_384

/**
 * The signer the configuration asks for (PDF_SIGNING_P12_PATH and PDF_SIGNING_P12_PASSPHRASE), read
 * at boot. Errors name the setting, never the passphrase.
 */
export function loadP12Signer(settings: { p12Path: string; readPassphrase(): string }): PdfSigner {
  let p12: Buffer
  try {
    p12 = fs.readFileSync(settings.p12Path)
  } catch {
    throw new Error(`PDF signing: cannot read PDF_SIGNING_P12_PATH (${settings.p12Path})`)
  }
  try {
    return createP12Signer(p12, settings.readPassphrase())
  } catch (err) {
    const reason = err instanceof Error && /holds no/.test(err.message) ? err.message : ''
    throw new Error(
      reason ||
        'PDF signing: the PKCS#12 file cannot be opened with PDF_SIGNING_P12_PASSPHRASE (wrong passphrase or not a PKCS#12 file)',
    )
  }
}

/**
 * A signer from a PKCS#12 file (certificate and private key). The file is opened here, once, so a
 * wrong passphrase or a file without a key stops the service at start rather than at the first
 * notice. The passphrase is used and dropped; nothing here logs it.
 */
export function createP12Signer(p12: Buffer, passphrase: string): PdfSigner {
  const { subject, commonName } = certificateSubject(p12, passphrase)
  return {
    description: subject,
    async sign(pdf, at) {
      const withPlaceholder = plainAddPlaceholder({
        pdfBuffer: Buffer.from(pdf),
        reason: '出具法律文书',
        contactInfo: '',
        name: commonName,
        location: '',
        signingTime: at,
        signatureLength: SIGNATURE_BYTES,
        appName: '执监通',
      })
      // A P12Signer reads its container as a forge buffer that parsing consumes: one per document.
      return new SignPdf().sign(withPlaceholder, new P12Signer(p12, { passphrase }), at)
    },
  }
}

function certificateSubject(p12: Buffer, passphrase: string) {
  const asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary')))
  const parsed = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase)
  const keys = parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })
  const certs = parsed.getBags({ bagType: forge.pki.oids.certBag! })
  const key = keys[forge.pki.oids.pkcs8ShroudedKeyBag!]?.[0]?.key
  const cert = certs[forge.pki.oids.certBag!]?.[0]?.cert
  if (!key || !cert)
    throw new Error('PDF signing: the PKCS#12 file holds no private key and certificate')
  const text = (value: unknown) => forge.util.decodeUtf8(String(value))
  return {
    subject: cert.subject.attributes
      .map((a) => `${a.shortName ?? a.name}=${text(a.value)}`)
      .join(', '),
    commonName: text(cert.subject.getField('CN')?.value ?? ''),
  }
}
