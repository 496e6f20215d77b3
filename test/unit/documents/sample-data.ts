import { createHash } from 'node:crypto'
import { receiptVerificationString } from '../../../src/applications/receipt-verification.js'
import type { ApplicationLetterData } from '../../../views/documents/application-letter.js'
import type { ReceiptData, ReceiptMaterial } from '../../../views/documents/receipt.js'

export const SECRET = 'test-app-secret-that-is-long-enough-0123456789'
export const FULL_ID = '41040319900307123X'

const SLOTS = ['监督申请书', '身份证明', '相关法律文书', '相关法律文书', '证据材料']
const NAMES = [
  '监督申请书（签名版）.pdf',
  '身份证正反面.jpg',
  '平顶山市卫东区人民法院执行裁定书（2023）豫0403执123号之一_全部页扫描件_含送达回证及附件清单.pdf',
  '终结本次执行程序裁定书.pdf',
  '被执行人名下车辆登记信息截图.png',
]

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

export function materials(count: number): ReceiptMaterial[] {
  return Array.from({ length: count }, (_, i) => ({
    slot: SLOTS[i] ?? '证据材料',
    name: NAMES[i] ?? `证据材料第${i + 1}号（银行转账凭证照片）.jpg`,
    size: 2_000 + i * 377_123,
    sha256: sha256(`material ${i}`),
  }))
}

export function receiptData(count = 5): ReceiptData {
  const trackingCode = 'K7QM-3RWX-9TNH'
  const submittedAt = new Date('2026-11-26T02:00:00Z')
  const files = materials(count)
  const verificationString = receiptVerificationString(SECRET, {
    trackingCode,
    submittedAt: submittedAt.toISOString(),
    fileHashes: files.map((m) => m.sha256),
  })
  return {
    procuratorateName: '平顶山市卫东区人民检察院',
    trackingCode,
    submittedAt,
    applicantName: '张建国',
    maskedIdNumber: `${FULL_ID.slice(0, 4)}**********${FULL_ID.slice(-4)}`,
    enforcingCourt: '平顶山市卫东区人民法院',
    caseNumber: '（2023）豫0403执123号',
    matters: [
      '法院立案执行后超过六个月未采取任何执行措施',
      '被执行人有可供执行的车辆，法院仍终结本次执行程序',
    ],
    materials: files,
    nextStep: {
      text: '本院将审查您的申请，并书面告知是否受理。',
      due: '2026年12月7日',
      explanation:
        '本院应在收到申请之日起七个工作日内作出程序性答复；自2026年11月27日起按工作日计算，已扣除法定节假日和休息日。',
    },
    verifyUrl: `https://zhijian.weidong.example.gov.cn/verify?c=K7QM3RWX9TNH`,
    verificationString,
    channel: '网上',
  }
}

const FACT_SENTENCES = [
  '申请人与被执行人平顶山市某某商贸有限公司买卖合同纠纷一案，经卫东区人民法院判决，被执行人应支付货款人民币三十八万元及利息。',
  '判决生效后被执行人未履行义务，申请人于2023年3月向卫东区人民法院申请强制执行，法院以（2023）豫0403执123号立案。',
  '立案后六个多月，法院既未查询被执行人的银行存款，也未查封其名下车辆，申请人多次电话询问均被告知正在办理。',
  '2024年1月，法院以被执行人无可供执行财产为由裁定终结本次执行程序，但申请人已向法院提交被执行人名下两辆货车的登记信息。',
  '申请人认为，法院在有财产线索的情况下终结本次执行程序，不符合终结本次执行程序的条件，损害了申请人的合法权益。',
]

/** About 3,000 characters in paragraphs, each paragraph numbered so order can be checked. */
export function longFacts(): string {
  const paragraphs: string[] = []
  for (let i = 0; paragraphs.join('').length < 3_000; i++) {
    paragraphs.push(
      `（${i + 1}）${FACT_SENTENCES[i % FACT_SENTENCES.length]}${FACT_SENTENCES[(i + 2) % 5]}`,
    )
  }
  return paragraphs.join('\n')
}

export function letterData(overrides: Partial<ApplicationLetterData> = {}): ApplicationLetterData {
  return {
    procuratorateName: '平顶山市卫东区人民检察院',
    applicant: {
      kind: 'person',
      name: '张建国',
      gender: '男',
      birthDate: '1990-03-07',
      ethnicity: '汉族',
      occupation: '个体经营者',
      employer: '平顶山市卫东区建国五金店',
      address: '河南省平顶山市卫东区建设路东段18号院3号楼2单元501室',
      phone: '13803751234',
      role: '申请执行人',
    },
    agent: {
      name: '李明华',
      capacity: '律师',
      workUnit: '河南平顶律师事务所',
      phone: '0375-2345678',
    },
    otherParties: [
      {
        name: '平顶山市某某商贸有限公司',
        role: '被执行人',
        address: '平顶山市卫东区东环路66号',
        contact: '0375-8765432',
      },
      { name: '王小红', role: '案外人', contact: '13937561234' },
    ],
    enforcingCourt: '平顶山市卫东区人民法院',
    caseNumber: '（2023）豫0403执123号',
    matters: ['消极执行：立案后超过六个月未采取执行措施', '不当终结本次执行程序'],
    request:
      '请求人民检察院依法对卫东区人民法院（2023）豫0403执123号案件的执行活动进行监督，督促法院恢复执行并依法处置被执行人名下车辆。',
    factsAndReasons: longFacts(),
    priorRemedies: {
      objection: true,
      reconsideration: false,
      lawsuit: false,
      details:
        '申请人于2024年2月向卫东区人民法院提出执行异议，法院于2024年3月以（2024）豫0403执异15号裁定驳回。',
    },
    date: new Date('2026-11-26T02:00:00Z'),
    evidence: [
      {
        description: '被执行人名下车辆登记信息（豫D·12345、豫D·67890）',
        fileName: '车辆登记信息.png',
        size: 245_760,
      },
      {
        description: '与执行法官的通话记录截图',
        fileName: '通话记录2023年5月至12月.jpg',
        pages: 3,
      },
      { description: '终结本次执行程序裁定书', fileName: '终本裁定书.pdf', pages: 4 },
    ],
    ...overrides,
  }
}
