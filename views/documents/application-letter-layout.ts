import type { PdfFonts } from './kit/fonts.js'
import { formatChineseDate } from '../../src/kernel/china-time.js'
import { formatFileSize } from '../../src/kernel/file-size.js'
import {
  centeredTitle,
  contentWidth,
  ensureSpace,
  labelledParagraph,
  paragraphs,
  sectionHeading,
} from './kit/layout.js'
import { addPageFooters } from './kit/pdf.js'
import { drawTable } from './kit/table.js'
import type {
  ApplicationLetterData,
  LetterAgent,
  LetterApplicant,
  LetterOtherParty,
  PriorRemedies,
} from './application-letter.js'

export function drawApplicationLetter(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  data: ApplicationLetterData,
): void {
  centeredTitle(doc, fonts, '监督申请书', 22)
  doc.moveDown(0.8)
  drawParties(doc, fonts, data)
  labelledParagraph(doc, fonts, '执行法院', data.enforcingCourt)
  labelledParagraph(doc, fonts, '执行案号', data.caseNumber)
  sectionHeading(doc, fonts, '申请监督事项')
  paragraphs(doc, fonts, numbered(data.matters), { indent: false })
  sectionHeading(doc, fonts, '监督请求')
  paragraphs(doc, fonts, data.request)
  sectionHeading(doc, fonts, '事实与理由')
  paragraphs(doc, fonts, data.factsAndReasons)
  sectionHeading(doc, fonts, '执行异议、复议及诉讼情况')
  paragraphs(doc, fonts, remediesText(data.priorRemedies))
  drawClosing(doc, fonts, data)
  if (data.evidence.length > 0) drawEvidenceList(doc, fonts, data)
  addPageFooters(doc, fonts)
}

function drawParties(doc: PDFKit.PDFDocument, fonts: PdfFonts, data: ApplicationLetterData): void {
  const { applicant } = data
  labelledParagraph(doc, fonts, '申请人', applicantText(applicant))
  if (applicant.kind === 'organisation') {
    const { name, title } = applicant.representative
    labelledParagraph(doc, fonts, '法定代表人或主要负责人', `${name}，职务：${title}。`)
  }
  if (data.agent) labelledParagraph(doc, fonts, '委托代理人', agentText(data.agent))
  data.otherParties.forEach((party, i) => {
    const label = data.otherParties.length > 1 ? `其他当事人${i + 1}` : '其他当事人'
    labelledParagraph(doc, fonts, label, otherPartyText(party))
  })
}

export function applicantText(applicant: LetterApplicant): string {
  const parts =
    applicant.kind === 'person'
      ? [
          applicant.name,
          applicant.gender,
          `${formatBirthDate(applicant.birthDate)}出生`,
          applicant.ethnicity,
          `职业：${applicant.occupation}`,
          `工作单位：${applicant.employer || '无'}`,
          `住所：${applicant.address}`,
          `联系电话：${applicant.phone}`,
        ]
      : [
          applicant.name,
          `住所：${applicant.address}`,
          ...(applicant.creditCode ? [`统一社会信用代码：${applicant.creditCode}`] : []),
          `联系电话：${applicant.phone}`,
        ]
  if (applicant.role) parts.push(`在执行案件中的身份：${applicant.role}`)
  return `${parts.join('，')}。`
}

function agentText(agent: LetterAgent): string {
  const unit = [agent.workUnit, agent.capacity].filter(Boolean).join('')
  return `${[agent.name, unit, `联系电话：${agent.phone}`].filter(Boolean).join('，')}。`
}

function otherPartyText(party: LetterOtherParty): string {
  const parts = [`${party.name}（${party.role}）`]
  if (party.address) parts.push(`住所：${party.address}`)
  if (party.contact) parts.push(`联系方式：${party.contact}`)
  return `${parts.join('，')}。`
}

export function remediesText(remedies: PriorRemedies): string {
  const yesNo = (v: boolean) => (v ? '是' : '否')
  const summary =
    `是否已提出执行异议：${yesNo(remedies.objection)}；` +
    `是否已申请复议：${yesNo(remedies.reconsideration)}；` +
    `是否已提起诉讼：${yesNo(remedies.lawsuit)}。`
  return remedies.details?.trim() ? `${summary}\n${remedies.details.trim()}` : summary
}

function drawClosing(doc: PDFKit.PDFDocument, fonts: PdfFonts, data: ApplicationLetterData): void {
  const left = doc.page.margins.left
  const width = contentWidth(doc)
  doc.moveDown(1)
  ensureSpace(doc, 150)
  doc.font(fonts.regular).fontSize(12).fillColor('black')
  doc.text('此致', left + 24, doc.y)
  doc.text(data.procuratorateName, left, doc.y + 4)
  doc.moveDown(2)
  const blockX = left + width - 230
  const signY = doc.y
  doc.text('申请人（签名）：', blockX, signY)
  const lineX = blockX + doc.widthOfString('申请人（签名）：')
  doc.moveTo(lineX, signY + 15).lineTo(left + width, signY + 15)
  doc.lineWidth(0.75).strokeColor('black').stroke()
  doc.text(formatChineseDate(data.date), blockX, signY + 34, { width: 230, align: 'right' })
  if (data.evidence.length > 0) {
    doc.text(`附：证据清单（共 ${data.evidence.length} 项）`, left, doc.y + 24)
  }
  doc.x = left
}

function drawEvidenceList(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  data: ApplicationLetterData,
): void {
  doc.addPage()
  centeredTitle(doc, fonts, '证据清单', 18)
  doc.moveDown(0.3)
  doc.font(fonts.regular).fontSize(10).fillColor('#333333')
  doc.text(`执行案号：${data.caseNumber}    申请人：${data.applicant.name}`, doc.page.margins.left)
  doc.moveDown(0.6)
  drawTable(doc, fonts, {
    columns: [
      { header: '序号', width: 32, align: 'center' },
      { header: '证据名称/说明', width: 190 },
      { header: '文件名', width: 170 },
      { header: '页数或大小', width: 70, align: 'right' },
    ],
    rows: data.evidence.map((item, i) => [
      String(i + 1),
      item.description,
      item.fileName,
      item.pages ? `${item.pages} 页` : item.size !== undefined ? formatFileSize(item.size) : '',
    ]),
    fontSize: 9.5,
  })
}

function numbered(items: string[]): string {
  return items.map((item, i) => `${i + 1}. ${item}`).join('\n')
}

function formatBirthDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : value
}
