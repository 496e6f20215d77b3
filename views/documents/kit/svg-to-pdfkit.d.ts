/** The part of svg-to-pdfkit (0.1.8, ships no types) the statistics report uses. */
declare module 'svg-to-pdfkit' {
  type Options = {
    width?: number
    height?: number
    preserveAspectRatio?: string
    assumePt?: boolean
    fontCallback?: (family: string, bold: boolean, italic: boolean) => string
  }
  function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x: number,
    y: number,
    options?: Options,
  ): void
  export default SVGtoPDF
}
