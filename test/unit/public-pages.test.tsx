import { DEFAULT_RETENTION } from '../../src/kernel/retention-kinds.js'
import { describe, it, expect } from 'vitest'
import type { SiteView } from '../../src/site/site-view.js'
import { HomePage } from '../../views/pages/public/home.js'
import { GuidePage } from '../../views/pages/public/guide.js'
import { PrivacyPage } from '../../views/pages/public/privacy.js'

const site: SiteView = {
  name: '平顶山市卫东区人民检察院',
  shortName: '卫东区检察院',
  upperName: '平顶山市人民检察院',
  address: '河南省平顶山市卫东区',
  phone: '12309',
  courts: [{ code: '豫0403', name: '平顶山市卫东区人民法院' }],
  officeHours: '',
  supplementPeriodDays: 15,
  proceduralReplyUnit: 'working_days',
  retentionMonths: DEFAULT_RETENTION,
}

// A different procuratorate, to prove that names, codes and contacts come from props.
const otherSite: SiteView = {
  name: '测试市某某区人民检察院',
  shortName: '某某区检察院',
  upperName: '测试市人民检察院',
  address: '测试省测试市某某路1号',
  phone: '0000-7654321',
  courts: [
    { code: '湘0102', name: '长沙市芙蓉区人民法院' },
    { code: '湘0103', name: '长沙市天心区人民法院' },
  ],
  officeHours: '周一至周五 9:00—17:00',
  supplementPeriodDays: 15,
  proceduralReplyUnit: 'working_days',
  retentionMonths: DEFAULT_RETENTION,
}

type Page = (props: { site: SiteView }) => unknown

async function render(Page: Page, s: SiteView = site): Promise<string> {
  const node = Page({ site: s }) as { toString(): string | Promise<string> }
  return (await node.toString()).toString()
}

const pages: [string, Page][] = [
  ['home', HomePage],
  ['guide', GuidePage],
  ['privacy', PrivacyPage],
]

function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]))
}

function count(html: string, re: RegExp): number {
  return [...html.matchAll(re)].length
}

describe.each(pages)('%s page', (_name, Page) => {
  it('has exactly one h1 and it comes first', async () => {
    const html = await render(Page)
    expect(count(html, /<h1[\s>]/g)).toBe(1)
    expect(headingLevels(html)[0]).toBe(1)
  })

  it('never skips a heading level', async () => {
    const levels = headingLevels(await render(Page))
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i]! - levels[i - 1]!, `heading #${i} (h${levels[i]})`).toBeLessThanOrEqual(1)
    }
  })

  it('has no inline style, script or foreign resources (CSP, PIPL)', async () => {
    const html = await render(Page)
    expect(html).not.toMatch(/\sstyle=/)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<(img|iframe|link)\b/i)
    const external = [...html.matchAll(/href="(https?:[^"]*)"/g)].map((m) => m[1])
    for (const href of external) expect(href).toBe('https://www.12309.gov.cn')
  })

  it('gives every table a caption and column headers', async () => {
    const html = await render(Page)
    const tables = count(html, /<table[\s>]/g)
    expect(count(html, /<caption[ >]/g)).toBe(tables)
    if (tables > 0) expect(html).toContain('<th scope="col">')
    // Each table scrolls inside a keyboard-focusable, labelled region (axe scrollable-region-focusable).
    expect(count(html, /<table[\s>]/g)).toBe(
      count(
        html,
        /<div class="table-wrap" role="region" tabindex="0" aria-labelledby="[\w-]+">\s*<table/g,
      ),
    )
  })

  it('takes contact details from props', async () => {
    const html = await render(Page, otherSite)
    expect(html).toContain(otherSite.phone)
    expect(html).not.toContain('平顶山')
  })
})

describe('home page', () => {
  it('puts the apply button before any other link', async () => {
    const html = await render(HomePage)
    const first = /<a\b[^>]*>[\s\S]*?<\/a>/.exec(html)
    expect(first?.[0]).toMatch(/class="button" href="\/apply"/)
    expect(first?.[0]).toContain('开始在线申请')
    expect(html).toMatch(
      /<a class="button button--secondary" href="\/track">\s*查询办理进度\s*<\/a>/,
    )
    expect(html).toMatch(/<div class="button-group">\s*<a class="button" href="\/apply">/)
  })

  it('cites the legal basis and links the guide and 12309', async () => {
    const html = await render(HomePage)
    expect(html).toContain('《中华人民共和国民事诉讼法》第二百四十六条')
    expect(html).toContain('人民检察院有权对民事执行活动实行法律监督')
    expect(html).toMatch(/<a href="\/guide">阅读完整申请指南<\/a>/)
    expect(html).toContain('href="https://www.12309.gov.cn"')
  })

  it('lists the supervised courts with their codes from props', async () => {
    expect(await render(HomePage)).toContain('平顶山市卫东区人民法院（案号中的代字为“豫0403”）')
    const other = await render(HomePage, otherSite)
    expect(other).toContain('长沙市芙蓉区人民法院（案号中的代字为“湘0102”）')
    expect(other).toContain('长沙市天心区人民法院（案号中的代字为“湘0103”）')
    expect(other).not.toContain('豫0403')
  })

  it('names who may apply', async () => {
    const html = await render(HomePage)
    for (const role of ['申请执行人', '被执行人', '利害关系人', '案外人', '代理人']) {
      expect(html).toContain(role)
    }
  })
})

describe('guide page', () => {
  it('cites the statutes and rules it relies on', async () => {
    const html = await render(GuidePage)
    for (const text of [
      '第二百四十六条',
      '《人民检察院民事诉讼监督规则》（2021年8月1日起施行）',
      '《最高人民法院 最高人民检察院关于民事执行活动法律监督若干问题的规定》',
      '第二百三十六条',
      '第二百三十八条',
      '第二十一条',
      '第二十二条',
      '第四十四条',
      '第四十五条',
      '第八十五条',
    ]) {
      expect(html).toContain(text)
    }
  })

  it('states the time limits', async () => {
    const html = await render(GuidePage)
    expect(html).toContain('7 个工作日')
    expect(html).toMatch(/<caption[^>]*>主要办理时限<\/caption>/)
    expect(html).toMatch(/<ol class="steps">/)
    expect(html).toContain('视为撤回')
    expect(html).toContain('20 MB')
    expect(html).toContain('100 MB')
  })

  it('covers every matter of docs/product.md §3', async () => {
    const html = await render(GuidePage)
    for (const m of [
      '消极执行',
      '不当终结本次执行程序',
      '违法或者超标的采取查封、扣押、冻结、拍卖等强制措施',
      '执行款物未及时发放',
      '违法追加、变更被执行人',
      '执行裁定、决定违法',
      '其他违法执行行为',
    ]) {
      expect(html).toContain(m)
    }
  })

  it('has at least 8 FAQ items', async () => {
    const html = await render(GuidePage)
    expect(count(html, /<details>\s*<summary>/g)).toBeGreaterThanOrEqual(8)
    expect(html).toContain('本平台提交申请不收取任何费用')
  })

  it('explains the case number with the configured court', async () => {
    expect(await render(GuidePage)).toContain('（2023）豫0403执123号')
    const other = await render(GuidePage, otherSite)
    expect(other).toContain('（2023）湘0102执123号')
    expect(other).toContain('（2024）湘01执复12号')
    expect(other).toContain('长沙市天心区人民法院（案号中的代字为“湘0103”）')
    expect(other).toContain(otherSite.address)
    expect(other).toContain(otherSite.name)
  })

  it('gives every section link a target', async () => {
    const html = await render(GuidePage)
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])
    expect(targets.length).toBeGreaterThan(0)
    for (const id of targets) expect(html).toContain(`id="${id}"`)
  })
})

describe('privacy page', () => {
  it('cites the PIPL articles it relies on', async () => {
    const html = await render(PrivacyPage)
    for (const text of [
      '第十三条第一款第三项',
      '第三十四条',
      '第三十五条',
      '第三十六条',
      '第二十八条',
      '第十九条',
      '第四十四条至第四十七条',
      // the 2025 amendment (in force 2026-01-01) renumbered the log duty
      '《中华人民共和国网络安全法》第二十三条第（三）项',
    ]) {
      expect(html).toContain(text)
    }
    expect(html).toContain('中华人民共和国境内')
    expect(html).toContain('本告知自本平台上线之日起施行')
  })

  it('names the processor and contact from props', async () => {
    const html = await render(PrivacyPage, otherSite)
    expect(html).toContain(otherSite.name)
    expect(html).toContain(otherSite.address)
    expect(html).toContain(otherSite.phone)
  })

  it('lists the collected categories in a captioned table', async () => {
    const html = await render(PrivacyPage)
    expect(html).toMatch(/<caption[^>]*>[^<]+<\/caption>/)
    for (const c of [
      '身份信息',
      '联系方式',
      '代理人信息',
      '其他当事人信息',
      '案件信息',
      '上传材料',
      '技术信息',
    ]) {
      expect(html).toContain(`<td>${c}</td>`)
    }
    expect(html).toContain('30 日')
  })
})
