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
  upperProcuratorate: '平顶山市人民检察院',
}

const RULES = '《人民检察院民事诉讼监督规则》'

/**
 * Every kind's text, with the phrases that carry its legal meaning: the article the 2021 规则 gives
 * for each decision (the table of legal bases), never “有关规定”, the repealed 2013 numbering or the
 * 审判程序 article 第一百条.
 */
const CASES: [NoticeContent, string[]][] = [
  [
    {
      kind: 'supplement_notice',
      fields: {
        items: [{ label: '身份证明', detail: '营业执照副本' }],
        days: 15,
      },
    },
    [
      '自收到本通知书之日起15日内补齐',
      '1.身份证明（营业执照副本）',
      `${RULES}第二十一条`,
      '现将应当补齐的全部材料一次性告知如下',
      '视为撤回监督申请',
    ],
  ],
  [
    { kind: 'acceptance_notice', fields: {} },
    [
      '本院决定受理',
      `${RULES}第二十六条、第三十二条第（一）项、第三十三条`,
      '规则第十二条、第十四条、第四十五条',
      '姓名、法律职务',
      '是否准许撤回并终结审查，由本院审查决定（规则第七十三条第（二）项）',
      '遵守检察机关办案、听证秩序',
      '调卷、鉴定、评估、审计、专家咨询等期间和中止审查的期间，不计入审查期限（规则第五十二条）',
    ],
  ],
  [
    {
      kind: 'non_acceptance_notice',
      fields: {
        grounds: ['申请人没有提出异议，且没有正当理由'],
        explanation: '所诉执行行为可以提出异议',
      },
    },
    [
      '一、你单位没有提出异议，且没有正当理由。',
      '二、所诉执行行为可以提出异议。',
      `依照${RULES}第二十八条第一款、第三十二条第（四）项的规定，本院决定不予受理`,
      `可以向上一级人民检察院（平顶山市人民检察院）申请监督（${RULES}第三十一条）`,
    ],
  ],
  [
    {
      kind: 'referral_notice',
      fields: {
        route: 'procuratorate',
        organ: '平顶山市人民检察院',
        reason: '执行法院为平顶山市中级人民法院',
      },
    },
    [
      '执行法院为平顶山市中级人民法院。该申请不属于本院受理案件范围。',
      `依照${RULES}第三十二条第（二）项的规定，特告知你单位向平顶山市人民检察院申请监督`,
    ],
  ],
  [
    {
      kind: 'referral_notice',
      fields: { route: 'organ', organ: '平顶山市卫东区人民政府', reason: '所反映的是征收补偿问题' },
    },
    [
      '该申请反映的事项不属于人民检察院主管范围',
      `依照${RULES}第三十二条第（三）项的规定，特告知你单位向平顶山市卫东区人民政府反映`,
    ],
  ],
  [
    {
      kind: 'suspension_decision',
      fields: { reason: '本案必须以另一案的处理结果为依据，而另一案尚未审结', item: 3 },
    },
    [`依照${RULES}第七十二条第（三）项的规定`, '本案中止审查', '不计入审查期限'],
  ],
  [
    {
      kind: 'termination_decision',
      fields: {
        ground: '申请人撤回监督申请，且不损害国家利益、社会公共利益或者他人合法权益',
        reason: '',
        item: 2,
      },
    },
    [
      '申请人撤回监督申请，且不损害国家利益、社会公共利益或者他人合法权益。',
      `依照${RULES}第七十三条第（二）项的规定`,
      '本案终结审查',
    ],
  ],
  [
    {
      kind: 'not_supported_decision',
      fields: { reasons: '法院已依法采取查封、冻结措施，不存在消极执行' },
    },
    [
      '不存在消极执行。',
      `依照${RULES}第一百零九条、《最高人民法院 最高人民检察院关于民事执行活动法律监督若干问题的规定》第十六条的规定`,
      '不支持你单位的监督申请',
      '释法说理',
    ],
  ],
  [
    {
      kind: 'recommendation_notice',
      fields: { court: '平顶山市卫东区人民法院', summary: '执行款未及时发放' },
    },
    [
      `${RULES}第一百零六条、第一百零八条`,
      '经本院检察长或者检察委员会决定',
      '决定向平顶山市卫东区人民法院提出检察建议',
      '在决定之日起十五日内将检察建议书连同案件卷宗移送该院',
      '三个月内回复本院',
    ],
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
      for (const stale of ['有关规定', '诉讼秩序', '第一百条', '第十九条', '一次性补齐'])
        expect(text).not.toContain(stale)
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
