import { formatChineseDateTime } from '../../src/kernel/china-time.js'
import { formatFileSize } from '../../src/kernel/file-size.js'
import { centeredTitle, fieldRows, paragraphs, sectionHeading } from './kit/layout.js'
import { addPageFooters, renderPdf } from './kit/pdf.js'
import { drawTable } from './kit/table.js'

export type EvidenceReceiptData = {
  procuratorateName: string
  trackingCode: string
  receivedAt: Date
  files: { description: string; name: string; size: number; sha256: string }[]
}

/** 证据材料收据 (规则 第四十四条: 人民检察院收到当事人提交的证据材料，应当出具收据). */
export function renderEvidenceReceiptPdf(data: EvidenceReceiptData): Promise<Buffer> {
  return renderPdf(
    (doc, fonts) => {
      centeredTitle(doc, fonts, data.procuratorateName, 16)
      centeredTitle(doc, fonts, '证据材料收据', 22)
      fieldRows(doc, fonts, [
        ['查询码', data.trackingCode],
        ['收到时间', `${formatChineseDateTime(data.receivedAt)}（北京时间）`],
        ['材料数量', `${data.files.length} 份`],
      ])
      sectionHeading(doc, fonts, '收到的证据材料')
      drawTable(doc, fonts, {
        columns: [
          { header: '序号', width: 1 },
          { header: '证据说明', width: 4 },
          { header: '文件名', width: 4 },
          { header: '大小', width: 2 },
          { header: 'SHA-256（前16位）', width: 3 },
        ],
        rows: data.files.map((f, i) => [
          String(i + 1),
          f.description,
          f.name,
          formatFileSize(f.size),
          f.sha256.slice(0, 16),
        ]),
      })
      paragraphs(
        doc,
        fonts,
        '本收据依照《人民检察院民事诉讼监督规则》第四十四条出具，仅证明本院已收到上述材料。',
        { indent: false },
      )
      addPageFooters(doc, fonts)
    },
    {
      title: `证据材料收据 ${data.trackingCode}`,
      author: data.procuratorateName,
      keywords: data.files.map((f) => `sha256:${f.sha256}`).join(' '),
      creationDate: data.receivedAt,
    },
  )
}
