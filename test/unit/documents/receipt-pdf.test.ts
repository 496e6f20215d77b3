import { beforeAll, describe, expect, it } from 'vitest'
import { verifyReceiptString } from '../../../src/applications/receipt-verification.js'
import { renderReceiptPdf, type ReceiptData } from '../../../views/documents/receipt.js'
import { compact, pdfInfo, pdfPages, type PdfInfo } from '../../helpers/pdf-text.js'
import { FULL_ID, receiptData, SECRET } from './sample-data.js'

describe('renderReceiptPdf with 30 materials', () => {
  const data = receiptData(30)
  let pdf: Buffer
  let pages: string[]
  let text: string
  let info: PdfInfo

  beforeAll(async () => {
    pdf = await renderReceiptPdf(data)
    pages = await pdfPages(pdf)
    text = compact(pages.join('\n'))
    info = await pdfInfo(pdf)
  })

  it('is an A4 PDF that flows onto a second page', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(info.pageCount).toBe(2)
    for (const [width, height] of info.pageSizes) {
      expect(width).toBeCloseTo(595.28, 2)
      expect(height).toBeCloseTo(841.89, 2)
    }
  })

  it('shows who, what and when in extractable Chinese', () => {
    for (const expected of [
      '平顶山市卫东区人民检察院',
      '收件回执',
      data.trackingCode,
      '2026年11月26日10:00',
      data.applicantName,
      data.maskedIdNumber,
      data.enforcingCourt,
      data.caseNumber,
      ...data.matters,
      data.nextStep.text,
      data.nextStep.due,
      data.nextStep.explanation,
      data.verificationString,
      data.verifyUrl,
    ]) {
      expect(text).toContain(compact(expected))
    }
  })

  it('never shows the full ID number', () => {
    expect(text).not.toContain(FULL_ID)
    expect(text).not.toContain(FULL_ID.slice(4, 14))
  })

  it('lists every material with its name, size and the first 16 hex of its hash', () => {
    expect(text).toContain('收到的材料（共30份）')
    for (const material of data.materials) {
      expect(text).toContain(compact(material.name))
      expect(text).toContain(material.sha256.slice(0, 16))
      expect(text).not.toContain(material.sha256)
    }
    expect(text).toContain('2.0KB')
    expect(text).toContain('10.4MB')
  })

  it('repeats the table header on the second page and numbers the pages', () => {
    for (const [i, page] of pages.entries()) {
      expect(compact(page)).toContain('序号材料类别文件名大小SHA-256（前16位）')
      expect(compact(page)).toContain(`第${i + 1}页共2页`)
      expect(compact(page)).toContain(
        '本回执仅证明本院已收到上述材料，不代表已受理。可凭查询码在https://zhijian.weidong.example.gov.cn/track查询办理进度',
      )
    }
  })

  it('keeps every full hash and the facts in the metadata', () => {
    expect(info.title).toBe(`收件回执 ${data.trackingCode}`)
    expect(info.author).toBe(data.procuratorateName)
    expect(info.creator).toBe('执监通')
    expect(info.custom.TrackingCode).toBe(data.trackingCode)
    expect(info.custom.SubmittedAt).toBe('2026-11-26T02:00:00.000Z')
    expect(info.custom.FileSha256?.split(' ')).toEqual(data.materials.map((m) => m.sha256))
    for (const material of data.materials) expect(info.keywords).toContain(material.sha256)
  })

  it('embeds the QR code as an image', () => {
    expect(pdf.includes('/Subtype /Image')).toBe(true)
  })

  it('prints a verification string that verifies against the receipt facts', () => {
    const facts = {
      trackingCode: data.trackingCode,
      submittedAt: info.custom.SubmittedAt ?? '',
      fileHashes: info.custom.FileSha256?.split(' ') ?? [],
    }
    expect(verifyReceiptString(SECRET, facts, data.verificationString)).toBe(true)
  })
})

describe('renderReceiptPdf', () => {
  it('gives the same bytes for the same receipt (creation date = submission time)', async () => {
    const data = receiptData(5)
    const [a, b] = await Promise.all([renderReceiptPdf(data), renderReceiptPdf(data)])
    expect(a.equals(b)).toBe(true)
    expect((await pdfInfo(a)).pageCount).toBe(1)
  })

  it('names the counter channel and shows the /track address of the verify URL', async () => {
    const data: ReceiptData = {
      ...receiptData(1),
      channel: '窗口',
      verifyUrl: 'https://jcy.example.cn/zhijian/verify?c=ABC',
    }
    const text = compact((await pdfPages(await renderReceiptPdf(data))).join(''))
    expect(text).toContain('提交方式窗口提交')
    expect(text).toContain('可凭查询码在https://jcy.example.cn/track查询办理进度')
  })

  it('refuses a verify URL that is not a web address', async () => {
    const data = { ...receiptData(1), verifyUrl: 'javascript:alert(1)//verify?c=ABC' }
    await expect(renderReceiptPdf(data)).rejects.toThrow(/http\(s\)/)
  })
})
