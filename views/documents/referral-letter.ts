import { documentHeading, fieldRows, paragraphs, sectionHeading } from './kit/layout.js'
import { addPageFooters, renderPdf } from './kit/pdf.js'
import { drawTable } from './kit/table.js'

export type ReferralLetterData = {
  procuratorateName: string
  number: string
  policeOrgan: string
  crimeLabel: string
  /** the article that defines the crime, written by cite() */
  article: string
  suspectName: string
  courtCaseNumber: string | undefined
  facts: string
  evidence: { name: string; note: string }[]
  /** 研判 conclusions, one line each */
  analyses: string[]
  sentOn: string
  createdAt: Date
}

/** 涉嫌犯罪线索移送函: the lead, the analysis, the evidence list, to the public-security organ. */
export function renderReferralLetterPdf(d: ReferralLetterData): Promise<Buffer> {
  return renderPdf(
    (doc, fonts) => {
      documentHeading(doc, fonts, {
        issuer: d.procuratorateName,
        issuerSize: 16,
        title: '涉嫌犯罪线索移送函',
        number: d.number,
      })
      paragraphs(doc, fonts, `${d.policeOrgan}：`, { indent: false })
      paragraphs(
        doc,
        fonts,
        `本院在民事执行活动法律监督工作中发现${d.suspectName}涉嫌${d.crimeLabel}的线索（${d.article}），现依法移送你局审查处理。`,
      )
      fieldRows(doc, fonts, [
        ['涉嫌罪名', d.crimeLabel],
        ['涉嫌人', d.suspectName],
        ['执行案号', d.courtCaseNumber ?? '—'],
        ['移送日期', d.sentOn],
      ])
      sectionHeading(doc, fonts, '线索事实')
      paragraphs(doc, fonts, d.facts)
      if (d.analyses.length) {
        sectionHeading(doc, fonts, '联合研判意见')
        paragraphs(doc, fonts, d.analyses.join('\n'))
      }
      sectionHeading(doc, fonts, '移送证据材料清单')
      drawTable(doc, fonts, {
        columns: [
          { header: '序号', width: 1 },
          { header: '证据名称', width: 5 },
          { header: '说明', width: 6 },
        ],
        rows: d.evidence.map((e, i) => [String(i + 1), e.name, e.note || '—']),
      })
      paragraphs(doc, fonts, '请你局依法审查，并将是否立案的决定及理由书面告知本院。', {})
      paragraphs(doc, fonts, `${d.procuratorateName}\n${d.sentOn}`, { indent: false })
      addPageFooters(doc, fonts)
    },
    {
      title: `涉嫌犯罪线索移送函 ${d.number}`,
      author: d.procuratorateName,
      creationDate: d.createdAt,
    },
  )
}
