/** A seal's printed diameter: 4.2 cm, the size of a 院印 (in points). */
export const SEAL_SIZE = 119

/** Room the name, the date and the seal over them need at the foot of a notice. */
export const SEAL_SPACE = SEAL_SIZE + 20

/**
 * The procuratorate's seal over the signature block just drawn (the issuer's name and the date,
 * right-aligned, ending at doc.y): centred on them, as a seal is pressed over the 落款. The image is
 * the administrator's PNG with transparency, so the text stays readable beneath it.
 */
export function drawSeal(doc: PDFKit.PDFDocument, png: Buffer): void {
  const right = doc.page.width - doc.page.margins.right - 24
  const x = right - SEAL_SIZE + 6
  const y = Math.max(doc.page.margins.top, doc.y - SEAL_SIZE / 2 - 24)
  const { x: savedX, y: savedY } = doc
  doc.image(png, x, y, { fit: [SEAL_SIZE, SEAL_SIZE], align: 'center', valign: 'center' })
  doc.x = savedX
  doc.y = savedY
}
