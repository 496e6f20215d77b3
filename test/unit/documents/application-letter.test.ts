import { beforeAll, describe, expect, it } from 'vitest'
import {
  renderApplicationLetterPdf,
  type ApplicationLetterData,
} from '../../../views/documents/application-letter.js'
import { compact, pdfInfo, pdfPages, type PdfInfo } from '../../helpers/pdf-text.js'
import { letterData } from './sample-data.js'

describe('renderApplicationLetterPdf for a natural person with an agent and evidence', () => {
  const data = letterData()
  let pages: string[]
  let text: string
  let info: PdfInfo

  beforeAll(async () => {
    const pdf = await renderApplicationLetterPdf(data)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    pages = await pdfPages(pdf)
    // without the page footers, so text that runs across a page break reads as one
    text = pages.map((page) => compact(page).replace(/第\d+页共\d+页$/, '')).join('')
    info = await pdfInfo(pdf)
  })

  it('is A4 with the 事实与理由 spread over several pages', () => {
    expect(data.factsAndReasons.length).toBeGreaterThanOrEqual(3_000)
    expect(info.pageCount).toBeGreaterThanOrEqual(3)
    for (const [width, height] of info.pageSizes) {
      expect(width).toBeCloseTo(595.28, 2)
      expect(height).toBeCloseTo(841.89, 2)
    }
    expect(compact(pages[0] ?? '')).toContain('监督申请书')
    expect(text).toContain(compact(data.factsAndReasons))
    expect(info.title).toBe(`监督申请书 ${data.caseNumber}`)
  })

  it('states the applicant as 规则 第二十二条 asks', () => {
    expect(text).toContain(
      compact(
        '申请人：张建国，男，1990年3月7日出生，汉族，职业：个体经营者，' +
          '工作单位：平顶山市卫东区建国五金店，住所：河南省平顶山市卫东区建设路东段18号院3号楼2单元501室，' +
          '联系电话：13803751234，在执行案件中的身份：申请执行人。',
      ),
    )
    expect(text).toContain('委托代理人：李明华，河南平顶律师事务所律师，联系电话：0375-2345678。')
  })

  it('lists every other party, the court, the case and the requests', () => {
    expect(text).toContain(
      '其他当事人1：平顶山市某某商贸有限公司（被执行人），住所：平顶山市卫东区东环路66号，联系方式：0375-8765432。',
    )
    expect(text).toContain('其他当事人2：王小红（案外人），联系方式：13937561234。')
    expect(text).toContain('执行法院：平顶山市卫东区人民法院')
    expect(text).toContain('执行案号：（2023）豫0403执123号')
    for (const matter of data.matters) expect(text).toContain(compact(matter))
    expect(text).toContain(`监督请求${compact(data.request)}`)
  })

  it('states the objection, reconsideration and lawsuit history', () => {
    expect(text).toContain('是否已提出执行异议：是；是否已申请复议：否；是否已提起诉讼：否。')
    expect(text).toContain(compact(data.priorRemedies.details ?? ''))
  })

  it('closes with 此致, the procuratorate, the signature line and the date', () => {
    expect(text).toContain('此致平顶山市卫东区人民检察院申请人（签名）：2026年11月26日')
    expect(text).toContain('附：证据清单（共3项）')
  })

  it('appends the 证据清单 on its own page', () => {
    const last = compact(pages.at(-1) ?? '')
    expect(last).toContain('证据清单')
    expect(last).toContain('序号证据名称/说明文件名页数或大小')
    expect(last).toContain(
      '1被执行人名下车辆登记信息（豫D·12345、豫D·67890）车辆登记信息.png240.0KB',
    )
    expect(last).toContain('2与执行法官的通话记录截图通话记录2023年5月至12月.jpg3页')
    expect(last).toContain('3终结本次执行程序裁定书终本裁定书.pdf4页')
  })

  it('numbers the pages', () => {
    pages.forEach((page, i) => expect(compact(page)).toContain(`第${i + 1}页共${pages.length}页`))
  })
})

describe('renderApplicationLetterPdf', () => {
  it('states an organisation with its legal representative, and no 证据清单 without evidence', async () => {
    const data: ApplicationLetterData = letterData({
      applicant: {
        kind: 'organisation',
        name: '河南某某建材有限公司',
        address: '平顶山市卫东区光明路9号',
        creditCode: '91410403MA9XXXXX0A',
        representative: { name: '陈志远', title: '总经理' },
        phone: '0375-1234567',
      },
      agent: undefined,
      factsAndReasons: '被执行人拒不履行生效判决。\n法院未依法采取执行措施。',
      evidence: [],
    })
    const pages = await pdfPages(await renderApplicationLetterPdf(data))
    const text = compact(pages.join(''))
    expect(text).toContain(
      '申请人：河南某某建材有限公司，住所：平顶山市卫东区光明路9号，统一社会信用代码：91410403MA9XXXXX0A，联系电话：0375-1234567。',
    )
    expect(text).toContain('法定代表人或主要负责人：陈志远，职务：总经理。')
    expect(text).toContain('事实与理由被执行人拒不履行生效判决。法院未依法采取执行措施。')
    expect(text).not.toContain('委托代理人')
    expect(text).not.toContain('证据清单')
    expect(pages).toHaveLength(1)
  })

  it('refuses a letter without any other party', async () => {
    await expect(renderApplicationLetterPdf(letterData({ otherParties: [] }))).rejects.toThrow(
      /other party/,
    )
  })
})
