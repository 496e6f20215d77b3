import { describe, expect, it } from 'vitest'
import { renderNoticePdf } from '../../../views/documents/notice.js'
import type { NoticeContent } from '../../../src/notices/notice-content.js'
import { NOTICE_KIND_INFO } from '../../../src/notices/notice-kinds.js'
import { noticeText, sentence } from '../../../src/notices/notice-text.js'
import { compact, pdfInfo, pdfText } from '../../helpers/pdf-text.js'

const ctx = {
  applicantName: '平顶山某某商贸有限公司',
  organisation: true,
  courtName: '平顶山市卫东区人民法院',
  caseNumber: '（2023）豫0403执123号',
  submittedAt: new Date('2026-11-02T02:00:00Z'),
  trackingUrl: 'https://zhijian.example.cn/track',
}

/** Every kind's text, with the phrases that carry its legal meaning. */
const CASES: [NoticeContent, string[]][] = [
  [
    {
      kind: 'supplement_notice',
      fields: {
        items: [{ label: '身份证明', detail: '营业执照副本' }],
        days: 15,
        deadline: '2026-11-17',
      },
    },
    ['2026年11月17日前（15日内）', '1.身份证明（营业执照副本）', '第二十一条', '视为撤回监督申请'],
  ],
  [
    { kind: 'acceptance_notice', fields: {} },
    ['本院决定受理', '第二百四十六条', '申请回避', '三个月内'],
  ],
  [
    {
      kind: 'non_acceptance_notice',
      fields: { grounds: ['不属于执行监督范围'], explanation: '所诉为审判活动' },
    },
    ['一、不属于执行监督范围。', '二、所诉为审判活动。', '本院决定不予受理'],
  ],
  [
    {
      kind: 'referral_notice',
      fields: { organ: '平顶山市人民检察院', reason: '执行法院为平顶山市中级人民法院' },
    },
    ['执行法院为平顶山市中级人民法院。', '特告知你单位向平顶山市人民检察院申请监督或者反映'],
  ],
  [
    {
      kind: 'suspension_decision',
      fields: { reason: '本案须以另一案的审理结果为依据，而另一案尚未审结' },
    },
    ['本案中止审查', '不计入审查期限'],
  ],
  [
    { kind: 'termination_decision', fields: { ground: '人民法院已经纠正违法行为', reason: '' } },
    ['人民法院已经纠正违法行为。', '本案终结审查'],
  ],
  [
    {
      kind: 'not_supported_decision',
      fields: { reasons: '法院已依法采取查封、冻结措施，不存在消极执行' },
    },
    ['不存在消极执行。', '第十六条', '不支持你单位的监督申请', '释法说理'],
  ],
  [
    {
      kind: 'recommendation_notice',
      fields: { court: '平顶山市卫东区人民法院', summary: '执行款未及时发放' },
    },
    ['决定向平顶山市卫东区人民法院提出检察建议', '三个月内回复本院'],
  ],
]

describe('notice PDFs', () => {
  it.each(CASES)(
    '$kind has extractable text with its heading, number and legal basis',
    async (content, phrases) => {
      const heading = NOTICE_KIND_INFO[content.kind].heading
      const pdf = await renderNoticePdf({
        ...ctx,
        procuratorateName: '平顶山市卫东区人民检察院',
        heading,
        number: '卫东检民执监X〔2026〕12号',
        trackingCode: 'ABCD-EFGH-JKMN',
        issuedAt: new Date('2026-11-03T02:00:00Z'),
        text: noticeText(content, ctx),
      })
      const text = compact(await pdfText(pdf))
      for (const s of [
        heading,
        '卫东检民执监X〔2026〕12号',
        '平顶山某某商贸有限公司：',
        'ABCD-EFGH-JKMN',
        '2026年11月3日',
      ]) {
        expect(text).toContain(s)
      }
      for (const s of phrases) expect(text).toContain(compact(s))
      expect((await pdfInfo(pdf)).title).toBe(`${heading} 卫东检民执监X〔2026〕12号`)
    },
  )

  it.each([
    ['理由', '理由。'],
    ['理由。', '理由。'],
    ['  理由；', '理由；'],
    ['', ''],
  ])('ends %j as one sentence', (input, expected) => {
    expect(sentence(input)).toBe(expected)
  })
})
