import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatTrackingCode } from '../../src/kernel/tracking-code.js'
import type { TestBrowser } from '../helpers/applicant.js'
import { insertQueueApplication } from '../helpers/queue-rows.js'
import { signedInStaff, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

// Thursday 2026-11-26, 10:00 in Beijing: 11-27 is 1 working day away, 12-01 is 3, 12-02 is 4.
let t: TestApp
let intake: TestBrowser
let reviewer: TestStaff
const codes: Record<string, string> = {}
const ids: Record<string, string> = {}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-26T02:00:00Z') })
  const signedIn = await signedInStaff(t.app, t.deps, ['intake'])
  intake = signedIn.browser
  reviewer = (await signedInStaff(t.app, t.deps, ['reviewer'])).staff
  const rows = {
    overdue: {
      next_due: '2026-11-24',
      applicant_name: '张秀英',
      flags: ['可能重复'],
      case_number: '（2023）豫0403执123号',
    },
    soon: {
      next_due: '2026-11-27',
      applicant_type: 'organisation' as const,
      applicant_name: '平顶山某某商贸有限公司',
      matters: ['执行款物未及时发放'],
      flags: ['材料不全'],
    },
    supplement: { stage: 'supplement_requested' as const, next_due: '2026-12-01' },
    review: {
      stage: 'under_review' as const,
      next_due: '2026-12-20',
      applicant_name: '欧阳修文',
      court_code: null,
      court_name: '郑州市中原区人民法院',
      assigned_staff_id: reviewer.id,
    },
    noClock: { stage: 'accepted' as const, next_due: null, applicant_name: '李四' },
    closed: { stage: 'closed' as const, next_due: null, applicant_name: '赵六' },
  }
  for (const [key, row] of Object.entries(rows)) {
    const inserted = await insertQueueApplication(t.db.db, row)
    codes[key] = formatTrackingCode(inserted.trackingCode)
    ids[key] = inserted.id
  }
})
afterAll(() => t.close())

const names = (keys: string[]) => keys.map((k) => codes[k])
function listed(html: string): string[] {
  return [...html.matchAll(/class="queue-code">([\w-]+)</g)].map((m) => m[1]!)
}
const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&')
async function page(query = ''): Promise<{ status: number; html: string }> {
  const res = await intake.get(`/staff${query}`)
  return { status: res.status, html: await res.text() }
}
function href(html: string, rel: 'next' | 'prev'): string | undefined {
  const m = new RegExp(`href="([^"]+)" rel="${rel}"`).exec(html)
  return m?.[1]?.replace(/&amp;/g, '&')
}

describe('the queue', () => {
  it('lists the open applications by due date (none last), names masked, with due marks and tab counts', async () => {
    const { status, html } = await page()
    expect(status).toBe(200)
    expect(listed(html)).toEqual(names(['overdue', 'soon', 'supplement', 'review', 'noClock']))
    const text = plain(html)
    for (const masked of ['张*英', '平顶*******公司', '欧**文', '李*'])
      expect(text).toContain(masked)
    for (const full of ['张秀英', '欧阳修文', '平顶山某某商贸有限公司'])
      expect(text).not.toContain(full)
    expect(text).toContain('已逾期 2 天')
    expect(text).toContain('还剩 1 个工作日')
    expect(text).toContain('还剩 3 个工作日')
    expect(text).toContain('无进行中的期限')
    expect(html.match(/class="tag tag--overdue">已逾期</g)).toHaveLength(1)
    expect(html.match(/class="tag tag--soon">即将到期</g)).toHaveLength(2)
    expect(text).toContain('全部在办（5）')
    expect(text).toContain('已收件，待受理（2）')
    expect(text).toContain('已办结（1）')
    expect(text).toContain('全部（6）')
    expect(html).toContain(`href="/staff/applications/`)
    expect(text).toContain('未分派')
    expect(text).toContain(reviewer.displayName)
  })

  it.each([
    ['?stage=submitted', ['overdue', 'soon']],
    ['?stage=closed', ['closed']],
    ['?matter=执行款物未及时发放', ['soon']],
    ['?court=other', ['review']],
    ['?court=豫0403', ['overdue', 'soon', 'supplement', 'noClock']],
    ['?assignee=none', ['overdue', 'soon', 'supplement', 'noClock']],
    ['?within=3', ['soon', 'supplement']],
    ['?within=1', ['soon']],
    ['?overdue=yes', ['overdue']],
    ['?overdue=yes&within=3', ['overdue', 'soon', 'supplement']],
    ['?flag=材料不全', ['soon']],
    ['?stage=submitted&flag=可能重复', ['overdue']],
  ])('filters %s', async (query, expected) => {
    const { status, html } = await page(encodeURI(query))
    expect(status).toBe(200)
    expect(listed(html)).toEqual(names(expected))
  })

  it('filters by assignee', async () => {
    expect(listed((await page(`?assignee=${reviewer.id}`)).html)).toEqual(names(['review']))
  })

  it.each([
    ['a tracking code, lower case with dashes', () => codes.overdue!.toLowerCase(), ['overdue']],
    ['a tracking code without dashes', () => codes.closed!.replace(/-/g, ''), ['closed']],
    ['a full name', () => '张秀英', ['overdue']],
    ['the start of a name', () => '欧阳', ['review']],
    ['a case number with ASCII brackets', () => '(2023)豫0403执123号', ['overdue']],
  ])('searches by %s', async (_label, query, expected) => {
    const { html } = await page(`?q=${encodeURIComponent(query())}`)
    expect(listed(html)).toEqual(names(expected))
  })

  it('explains a mistyped tracking code and lists nothing (422)', async () => {
    const { status, html } = await page('?q=ABCD-EFGH-JKMN')
    expect(status).toBe(422)
    expect(plain(html)).toContain('查询码有误')
    expect(listed(html)).toEqual([])
  })

  it('says so when nothing matches', async () => {
    const { html } = await page(`?q=${encodeURIComponent('不存在的人')}`)
    expect(plain(html)).toContain('没有符合筛选条件的申请')
  })

  it('pages forwards and back by keyset links', async () => {
    const first = await page('?size=2')
    expect(listed(first.html)).toEqual(names(['overdue', 'soon']))
    expect(href(first.html, 'prev')).toBeUndefined()
    const second = await page(href(first.html, 'next')!.replace('/staff', ''))
    expect(listed(second.html)).toEqual(names(['supplement', 'review']))
    const third = await page(href(second.html, 'next')!.replace('/staff', ''))
    expect(listed(third.html)).toEqual(names(['noClock']))
    expect(href(third.html, 'next')).toBeUndefined()
    const back = await page(href(third.html, 'prev')!.replace('/staff', ''))
    expect(listed(back.html)).toEqual(names(['supplement', 'review']))
    const start = await page(href(back.html, 'prev')!.replace('/staff', ''))
    expect(listed(start.html)).toEqual(names(['overdue', 'soon']))
    expect(href(start.html, 'prev')).toBeUndefined()
    expect(href(start.html, 'next')).toContain('size=2')
  })

  it('shows a short page when going back reaches the start', async () => {
    const { html } = await page(`?size=5&before=2026-11-27_${ids.soon}`)
    expect(listed(html)).toEqual(names(['overdue']))
    expect(href(html, 'prev')).toBeUndefined()
    expect(href(html, 'next')).toContain('after=2026-11-24_')
  })

  it('keeps the tab counts in step with stage changes', async () => {
    const { id } = await insertQueueApplication(t.db.db, { next_due: '2026-12-10' })
    expect(plain((await page()).html)).toContain('全部在办（6）')
    await t.db.db
      .updateTable('applications')
      .set({ stage: 'withdrawn' })
      .where('id', '=', id)
      .execute()
    const text = plain((await page()).html)
    expect(text).toContain('全部在办（5）')
    expect(text).toContain('已撤回（1）')
  })

  it('refuses roles without case files', async () => {
    const { browser } = await signedInStaff(t.app, t.deps, ['admin'])
    expect((await browser.get('/staff')).status).toBe(403)
  })

  it('marks rows from the injectable clock', async () => {
    t.clock.advance(3 * 86_400_000) // Sunday 11-29: 11-27 is now two days overdue
    intake = (await signedInStaff(t.app, t.deps, ['intake'])).browser // the old session expired
    const { html } = await page('?overdue=yes')
    expect(listed(html)).toEqual(names(['overdue', 'soon']))
    expect(plain(html)).toContain('已逾期 5 天')
    expect(plain(html)).toContain('已逾期 2 天')
  })

  it('gives leaders a 待我审批 tab with the 检察建议 drafts that wait for them, and no one else', async () => {
    const leader = await signedInStaff(t.app, t.deps, ['leader'])
    const tab = async (b: TestBrowser, q = '') => (await b.get(`/staff${q}`)).text()
    expect(plain(await tab(leader.browser))).toContain('待我审批（0）')
    expect(plain(await tab(leader.browser, '?stage=approval'))).toContain(
      '目前没有等待您审批的检察建议',
    )
    await t.db.db
      .insertInto('recommendation_drafts')
      .values({
        application_id: ids.review!,
        status: 'drafted',
        court_name: '郑州市中原区人民法院',
        violations: '超标的查封',
        recommendation: '解除超标的部分的查封',
        legal_basis: '《民事诉讼法》第二百四十六条',
        drafted_by: reviewer.id,
        drafted_at: t.clock.now(),
      })
      .execute()
    const awaiting = await tab(leader.browser, '?stage=approval')
    expect(plain(awaiting)).toContain('待我审批（1）')
    expect(listed(awaiting)).toEqual(names(['review']))
    // not offered to intake, and the tab's address shows them the usual list instead
    expect(plain((await page()).html)).not.toContain('待我审批')
    expect(listed((await page('?stage=approval')).html)).toEqual(
      names(['overdue', 'soon', 'supplement', 'review', 'noClock']),
    )
    // once decided (here: returned to the reviewer) it no longer waits
    await t.db.db
      .updateTable('recommendation_drafts')
      .set({ status: 'returned' })
      .where('application_id', '=', ids.review!)
      .execute()
    expect(listed(await tab(leader.browser, '?stage=approval'))).toEqual([])
  })
})
