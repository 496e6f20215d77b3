import { documentHeading, ensureSpace, fieldRows, paragraphs, contentWidth } from './kit/layout.js'
import { addPageFooters, renderPdf } from './kit/pdf.js'
import { drawSeal, SEAL_SPACE } from './kit/seal.js'

export type ExecutionInquiryData = {
  procuratorateName: string
  number: string
  courtName: string
  caseNo: string
  questions: string
  replyDays: number
  replyDue: string
  issuedOn: string
  seal: Buffer | undefined
  createdAt: Date
}

const JOINT = '《最高人民法院 最高人民检察院关于民事执行活动法律监督若干问题的规定》'

/**
 * 说明案件执行情况通知书 to the court about a case a lead flagged. The 两高规定 article could not be
 * checked (docs/domain-rules.md §2.2), so the notice names the instrument without an article number
 * and the reply period is the admin's setting.
 */
export function renderExecutionInquiryPdf(d: ExecutionInquiryData): Promise<Buffer> {
  return renderPdf(
    (doc, fonts) => {
      documentHeading(doc, fonts, {
        issuer: d.procuratorateName,
        issuerSize: 16,
        title: '说明案件执行情况通知书',
        number: d.number,
      })
      paragraphs(doc, fonts, `${d.courtName}：`, { indent: false })
      paragraphs(
        doc,
        fonts,
        `本院在履行民事执行活动法律监督职责中，发现你院办理的${d.caseNo}执行案件可能存在下列情况。根据${JOINT}的有关规定，请你院自收到本通知书之日起${d.replyDays}日内（${d.replyDue}前）书面说明该案的执行情况及理由，并附相关材料。`,
      )
      fieldRows(doc, fonts, [
        ['执行案号', d.caseNo],
        ['回复期限', `${d.replyDays} 日（${d.replyDue} 前）`],
      ])
      paragraphs(doc, fonts, `需要说明的情况：\n${d.questions}`)
      doc.moveDown(2)
      if (d.seal) ensureSpace(doc, SEAL_SPACE)
      const options = { width: contentWidth(doc) - 24, align: 'right' as const }
      doc.font(fonts.regular).fontSize(12).fillColor('black')
      doc.text(d.procuratorateName, doc.page.margins.left, doc.y, options)
      doc.text(d.issuedOn, doc.page.margins.left, doc.y, options)
      doc.x = doc.page.margins.left
      if (d.seal) drawSeal(doc, d.seal)
      addPageFooters(doc, fonts, { note: `文号 ${d.number}` })
    },
    {
      title: `说明案件执行情况通知书 ${d.number}`,
      author: d.procuratorateName,
      subject: '说明案件执行情况通知书',
      creationDate: d.createdAt,
    },
  )
}
