import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

/**
 * What the guide and the privacy notice say of the law, read as the applicant reads it (issue 11:
 * each text as the 2021 规则 and the other statutes have it).
 */

let t: TestApp
let guide: string
let privacy: string
beforeAll(async () => {
  t = await createTestApp()
  guide = await (await t.app.request('/guide')).text()
  privacy = await (await t.app.request('/privacy')).text()
})
afterAll(() => t.close())

describe('the guide and the privacy notice', () => {
  it('say the other parties are sent the notice and the copy, not that they may be (规则 第三十三条)', () => {
    for (const html of [guide, privacy]) {
      expect(html).not.toMatch(/可能[将把]受理通知书|可能将监督申请书副本/)
      expect(html).toContain('第三十三条')
    }
    expect(guide).toContain('会将受理通知书和监督申请书副本发送其他当事人')
    expect(guide).toContain('十五日内提出书面意见')
    expect(guide).toContain('三日内把案件材料移送民事检察部门')
    expect(privacy).toContain('会将受理通知书和监督申请书副本发送其他当事人')
  })

  it('name the 法定休假日 of 民诉法 第八十五条, weekends included', () => {
    expect(guide).toContain('法定休假日（包括周六、周日和法定节假日）')
    expect(guide).not.toContain('最后一天是法定节假日的')
  })

  it('lists the 第一百零六条 measures and the four contents of the application (D27, D28)', () => {
    for (const words of ['罚款、拘留', '失信被执行人名单', '限制高消费', '执行人员的违法行为'])
      expect(guide).toContain(words)
    expect(guide).toContain('申请监督的具体法定情形，以及事实和理由')
  })

  it('sources the 复议 30 + 30 days in 执行程序解释 第八条 (D29), and 执复 to the city procuratorate (D13)', () => {
    expect(guide).toContain('延长不超过 30 日（执行程序解释第八条）')
    expect(guide).not.toContain('可能由市级人民检察院办理')
    expect(guide).toContain('第三十条第二款')
    expect(guide).toContain('第二十八条第二款')
  })

  it('says what a 不支持 decision means for the court route (D21)', () => {
    expect(guide).toContain('法发〔2023〕4号')
    expect(guide).toContain('没有向检察院申请复查的程序')
  })

  it('names ID images and case files as sensitive, with the 第三十条 statement and the full rights (D22, D23)', () => {
    expect(privacy).toContain('身份证件图像')
    expect(privacy).toContain('一律按敏感个人信息处理')
    expect(privacy).toContain('第三十条')
    expect(privacy).not.toContain('不会识别到您个人')
    expect(privacy).toContain('不借助额外信息就无法识别到您个人')
    expect(privacy).toContain('第七十三条第（三）项')
    for (const article of ['第四十四条', '第四十八条', '第五十条'])
      expect(privacy).toContain(article)
    expect(privacy).toContain('有权限制或者拒绝')
    expect(privacy).toContain('向人民法院提起诉讼')
  })
})
