import { formatChineseDate } from '../../src/kernel/china-time.js'
import { contentWidth, documentHeading, fieldRows, paragraphs } from './kit/layout.js'
import { addPageFooters, renderPdf } from './kit/pdf.js'

export type FollowUpRequestData = {
  procuratorateName: string
  upperName: string
  number: string
  recommendationNumber: string
  court: string
  caseNumbers: string
  servedOn: string
  /** what the court did or did not do, in one sentence */
  ground: string
  note: string | undefined
  /** 两高规定 第十四条 and 规则 第一百二十四条, from the table of legal bases */
  basis: string
  issuedAt: Date
}

/** 提请上一级人民检察院跟进监督 (两高规定 第十四条): the numbered notice to the upper procuratorate. */
export function renderFollowUpRequestPdf(data: FollowUpRequestData): Promise<Buffer> {
  return renderPdf(
    (doc, fonts) => {
      documentHeading(doc, fonts, {
        issuer: data.procuratorateName,
        issuerSize: 18,
        title: '提请跟进监督通知书',
        number: data.number,
      })
      paragraphs(doc, fonts, `${data.upperName}：`, { indent: false, fontSize: 12 })
      fieldRows(doc, fonts, [
        ['原检察建议', data.recommendationNumber],
        ['被建议法院', data.court],
        ['所涉案件', data.caseNumbers],
        ['送达法院日期', data.servedOn],
      ])
      doc.moveDown(0.8)
      const body = [
        `本院向${data.court}提出的检察建议（${data.recommendationNumber}），${data.ground}`,
        data.note ?? '',
        `依照${data.basis}的规定，本院提请你院向你院同级人民法院提出检察建议，跟进监督。`,
      ]
      paragraphs(doc, fonts, body.filter(Boolean).join('\n'), { fontSize: 12 })
      doc.moveDown(2)
      const options = { width: contentWidth(doc) - 24, align: 'right' as const }
      doc.font(fonts.regular).fontSize(12).fillColor('black')
      doc.text(data.procuratorateName, doc.page.margins.left, doc.y, options)
      doc.text(formatChineseDate(data.issuedAt), doc.page.margins.left, doc.y, options)
      addPageFooters(doc, fonts, { note: `文号 ${data.number}` })
    },
    {
      title: `提请跟进监督通知书 ${data.number}`,
      author: data.procuratorateName,
      subject: '提请跟进监督通知书',
      creationDate: data.issuedAt,
    },
  )
}
