import { describe, expect, it } from 'vitest'
import type { ApplicationRow } from '../../../src/applications/application.table.js'
import { caseAnswerSections } from '../../../src/review/case-answers.js'

const masked = {
  idNumber: { value: '9141**********0X3M', revealed: false },
  mobile: { value: '139****0001', revealed: false },
}

function row(answers: Record<string, unknown>, extra: Partial<ApplicationRow> = {}) {
  return {
    applicant_type: 'organisation',
    applicant_name: '平顶山某某建材有限公司',
    applicant_role: '案外人',
    email: null,
    court_code: null,
    court_name: '郑州市中原区人民法院',
    case_number: '（2024）豫0102执456号',
    answers,
    ...extra,
  } as unknown as ApplicationRow
}

const flat = (sections: ReturnType<typeof caseAnswerSections>) =>
  Object.fromEntries(sections.flatMap((s) => s.rows.map((r) => [`${s.title}/${r.term}`, r.value])))

describe('caseAnswerSections', () => {
  it('shows an organisation, its agent and a counter entry without a self-check', () => {
    const rows = flat(
      caseAnswerSections(
        row({
          applicantType: 'organisation',
          organisation: {
            name: '平顶山某某建材有限公司',
            creditCode: '91410400MA0000000X',
            address: '平顶山市新华区',
            representative: '王某',
            representativeTitle: '总经理',
          },
          agent: {
            hasAgent: 'yes',
            name: '刘律师',
            kind: '律师',
            licenceNumber: '14101201810000001',
          },
          parties: [{ name: '赵某', role: '申请执行人', contact: '平顶山市湛河区' }],
          case: {
            court: 'other',
            otherCourtName: '郑州市中原区人民法院',
            caseNumber: 'x',
            knownDate: '2026-01-05',
          },
          complaint: {
            matters: ['违法追加、变更被执行人'],
            facts: '事实',
            request: '请求',
            courtRemedy: '已作出裁定',
            remedyCaseNumber: '（2025）豫0102执异7号',
            remedyDate: '2025-12-01',
          },
        }),
        masked,
      ),
    )
    expect(rows).toMatchObject({
      '申请人（法人或非法人组织）/统一社会信用代码': '91410400MA0000000X',
      '申请人（法人或非法人组织）/法定代表人或主要负责人': '王某',
      '联系方式和身份/手机号码': '139****0001',
      '联系方式和身份/电子邮箱': '（未填写）',
      '代理人/代理人姓名': '刘律师',
      '代理人/律师执业证号': '14101201810000001',
      '其他当事人/第 1 位': '赵某（申请执行人），联系方式：平顶山市湛河区',
      '执行案件/执行法院': '郑州市中原区人民法院',
      '申请监督的事项和理由/异议、复议或诉讼的案号': '（2025）豫0102执异7号',
      '自助评估/自助评估': '未作答（如柜台代为录入）',
    })
  })
})
