/**
 * What signs an issued PDF (docs/decisions/043-seal-and-pdf-signature.md). The PKCS#12 signer
 * (p12-signer.ts) produces a standard adbe.pkcs7.detached signature that PDF readers verify; a
 * national 电子签章 (GM/T 0031 with an SM2 certificate from a certified provider) would be another
 * implementation of this interface, given to the service at boot instead of the PKCS#12 one.
 */
export interface PdfSigner {
  /** who signs, for the log and the admin page: e.g. the certificate's subject */
  readonly description: string
  /** the signed document: the same pages, with the signature added as an incremental update */
  sign(pdf: Uint8Array, at: Date): Promise<Buffer>
}
