import { AsyncLocalStorage } from 'node:async_hooks'
import { Hono } from 'hono'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AppEnv } from '../../src/http/app-env.js'
import { pageRenderer, renderDocument, renderJsx, type PageKit } from '../../src/http/render.js'
import { TEST_SITE } from '../helpers/site.js'
import { Layout, type LayoutChrome } from '../../views/layout.js'
import { StatusPage, type StatusPageProps } from '../../views/pages/track/status.js'

const site = TEST_SITE

const chrome: LayoutChrome = {
  site,
  elderMode: true,
  path: '/track/status',
  cssUrl: '/assets/site.abc.css',
  iconUrl: '/assets/favicon.abc.svg',
}

// Every branch of the page that takes data, with text that must be escaped.
const status: StatusPageProps = {
  trackingCode: 'WD-2026-ABCD-EFGH',
  stage: {
    label: '需要补正材料',
    meaning: '材料不全 <b>请补正</b>',
    youCanDo: ['上传补正材料', '撤回申请'],
    legalBasis: '《人民检察院民事诉讼监督规则》第四十三条',
  },
  nextStep: { text: '本院书面告知', due: '2026年12月8日', explanation: '7 个工作日 & 节假日顺延' },
  timeline: [
    { date: '2026年11月26日 10:00', text: '提交申请，本院已收到' },
    { date: '2026年11月27日 09:30', text: '要求补正：需要补正材料', note: '请补充"执行裁定书"' },
  ],
  canWithdraw: true,
  withdrawalPending: false,
  canAddEvidence: false,
  handler: '王检察官',
  recusal: { canRequest: true, canRequestReview: true },
  documents: [{ href: '/track/documents/1', title: '补正通知书（2026年11月27日 09:30）' }],
  supplement: {
    due: { deadline: '2026年12月12日', daysLeft: 15, explanation: '15 日' },
    items: [
      { key: 'ruling', label: '执行裁定书', detail: '复印件 <pdf>', files: [] },
      { key: 'id', label: '身份证明', files: ['身份证 正面.jpg'] },
    ],
    allAnswered: false,
  },
  materials: [{ slot: '申请书', name: 'a&b.pdf', size: '12.0 KB', hash: '0123456789abcdef' }],
  csrfToken: 'token-value',
}

const page = () => (
  <Layout {...chrome} title="办理进度">
    <StatusPage {...status} />
  </Layout>
)

afterEach(() => {
  vi.restoreAllMocks()
})

describe('renderJsx', () => {
  it('gives exactly what hono toString() gives, for the layout and the status page', async () => {
    const ours = renderJsx(page())
    expect(typeof ours).toBe('string')
    expect(ours).toBe(String(await page().toString()))
    expect(ours).toContain('材料不全 &lt;b&gt;请补正&lt;/b&gt;')
    expect(ours).toContain('a&amp;b.pdf')
  })

  it('waits for async components, in order', async () => {
    async function Later(props: { text: string }) {
      await new Promise((resolve) => setTimeout(resolve, 1))
      return <em>{props.text}</em>
    }
    const element = (
      <p>
        a<Later text="<b>" />c
      </p>
    )
    const ours = renderJsx(element)
    expect(ours).toBeInstanceOf(Promise)
    expect(await ours).toBe('<p>a<em>&lt;b&gt;</em>c</p>')
    expect(await ours).toBe(String(await element.toString()))
  })

  it('never enters an AsyncLocalStorage (whose first use slows every promise of the process)', async () => {
    const run = vi.spyOn(AsyncLocalStorage.prototype, 'run')
    const enterWith = vi.spyOn(AsyncLocalStorage.prototype, 'enterWith')
    renderJsx(page())
    await renderDocument(chrome, '办理进度', <StatusPage {...status} />)
    expect(run).not.toHaveBeenCalled()
    expect(enterWith).not.toHaveBeenCalled()
    // the check itself can fail: hono's own toString() does enter one
    await page().toString()
    expect(run).toHaveBeenCalled()
  })

  it('refuses what is not a JSX element', () => {
    expect(() => renderJsx('plain text')).toThrow(TypeError)
  })
})

describe('pageRenderer', () => {
  const kit: PageKit = {
    assets: { url: (name) => `/assets/${name}` },
    siteSettings: { current: () => site } as PageKit['siteSettings'],
    calendar: { coverage: (year) => ({ year, known: true, source: 'package', note: undefined }) },
    clock: { now: () => new Date('2026-12-03T02:00:00Z') },
  }
  const app = new Hono<AppEnv>().use(pageRenderer(kit))
  app.get('/:invalid', (c) =>
    c.render(<h1>修改密码</h1>, { title: '修改密码', invalid: c.req.param('invalid') === 'yes' }),
  )
  const titleOf = async (path: string) =>
    /<title>([^<]*)<\/title>/.exec(await (await app.request(path)).text())![1]

  it('puts 错误： before the title of a page that shows a refused form, and only then', async () => {
    expect(await titleOf('/yes')).toBe(`错误：修改密码 - 执监通 - ${site.name}`)
    expect(await titleOf('/no')).toBe(`修改密码 - 执监通 - ${site.name}`)
  })
})
