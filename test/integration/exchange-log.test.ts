import { Readable } from 'node:stream'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertExchangeLogEntry } from '../../src/exchange/log/exchange-log.repository.js'
import { runMaintenance } from '../../src/maintenance/maintenance-job.js'
import type { TestBrowser } from '../helpers/applicant.js'
import { auditRowsFor } from '../helpers/audit.js'
import { summaryErrors } from '../helpers/http.js'
import { createStaff, staffBrowser, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { exeBytes, fileOf, filesUnder, pdfBytes, sha256 } from '../helpers/upload-fixtures.js'

/** The exchange log (交换记录): hand entries on paper, the list, its totals, the attached files. */
let t: TestApp
let reviewer: TestStaff
let as: Record<'intake' | 'reviewer' | 'leader' | 'admin' | 'auditor', TestBrowser>

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-20T02:00:00Z') })
  reviewer = await createStaff(t.deps, { roles: ['reviewer'], displayName: '李检察' })
  const other = async (role: 'intake' | 'leader' | 'admin' | 'auditor') =>
    staffBrowser(t.app, t.deps, await createStaff(t.deps, { roles: [role] }))
  as = {
    intake: await other('intake'),
    reviewer: await staffBrowser(t.app, t.deps, reviewer),
    leader: await other('leader'),
    admin: await other('admin'),
    auditor: await other('auditor'),
  }
})
afterAll(() => t.close())

const NEW = '/staff/exchange/log/new'
const storedFiles = () => filesUnder(path.join(t.config.dataDir, 'files'))
const entries = () =>
  t.db.db.selectFrom('exchange_log').selectAll().orderBy('recorded_at').orderBy('id').execute()

function paperForm(fields: Record<string, string>, file?: File): FormData {
  const form = new FormData()
  const defaults = {
    exchangedOn: '2026-11-18',
    direction: 'from_court',
    counterpart: '平顶山市卫东区人民法院',
    content: '2026年10月执行案件清单',
    itemCount: '312',
  }
  for (const [k, v] of Object.entries({ ...defaults, ...fields })) form.append(k, v)
  if (file) form.append('file', file)
  return form
}

describe('a hand entry for an exchange on paper', () => {
  it('stores the entry with its scanned list, shows the hash, and audits the download', async () => {
    const pdf = await pdfBytes()
    const page = await as.reviewer.get(NEW)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('平顶山市卫东区人民法院')

    const res = await as.reviewer.upload(
      NEW,
      paperForm({ note: '联席会上交换' }, fileOf(pdf, '清单扫描件.pdf')),
    )
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/staff/exchange/log?done=added')
    const [row] = await entries()
    expect(row).toMatchObject({
      exchanged_on: '2026-11-18',
      direction: 'from_court',
      source: 'paper',
      counterpart: '平顶山市卫东区人民法院',
      item_count: 312,
      note: '联席会上交换',
      file_name: '清单扫描件.pdf',
      file_sha256: sha256(pdf),
      file_size: pdf.byteLength,
      handled_by: reviewer.id,
    })
    const audit = await auditRowsFor(t.deps, 'exchange_log', row!.id)
    expect(audit.map((a) => a.action)).toEqual(['exchange_log.add'])

    const log = await (await as.intake.get('/staff/exchange/log?done=added')).text()
    expect(log).toContain('已登记这次交换')
    expect(log).toContain(`title="${sha256(pdf)}"`)
    expect(log).toContain(`${sha256(pdf).slice(0, 12)}…`)
    expect(log).toContain('李检察')
    // intake may look at the log but not open the files nor add entries
    expect(log).not.toContain(`/staff/exchange/log/${row!.id}/file`)
    expect(log).not.toContain('登记纸质交换')

    const download = await as.leader.get(`/staff/exchange/log/${row!.id}/file`)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/pdf')
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(pdf))
    const after = await auditRowsFor(t.deps, 'exchange_log', row!.id)
    expect(after.map((a) => a.action)).toEqual(['exchange_log.add', 'exchange_log.download'])
  })

  it('takes an entry without a scan, for another counterpart', async () => {
    const before = (await entries()).length
    const res = await as.leader.upload(
      NEW,
      paperForm({
        direction: 'to_court',
        counterpart: 'other',
        counterpartOther: '平顶山市中级人民法院',
        itemCount: '0',
      }),
    )
    expect(res.status).toBe(303)
    const rows = await entries()
    expect(rows).toHaveLength(before + 1)
    expect(rows.find((r) => r.direction === 'to_court')).toMatchObject({
      counterpart: '平顶山市中级人民法院',
      item_count: 0,
      file_key: null,
      file_sha256: null,
    })
  })

  it.each([
    [{ exchangedOn: '2026-11-21' }, undefined, '交换日期不能晚于今天（2026-11-20）'],
    [{ exchangedOn: '2026-02-30' }, undefined, '交换日期：2026年2月没有 30 日，请核对'],
    [{ itemCount: '-5' }, undefined, '交换条数不能是负数'],
    [{ itemCount: '三百' }, undefined, '交换条数请填写整数，例如 320'],
    [{ content: '' }, undefined, '请填写交换内容'],
    [{ counterpart: 'other' }, undefined, '请填写交换单位的名称'],
    [{ direction: '' }, undefined, '请选择交换方向'],
  ])('refuses %o with a Chinese message and stores nothing', async (fields, _file, message) => {
    const before = { rows: (await entries()).length, files: await storedFiles() }
    const pdf = fileOf(await pdfBytes(), '扫描件.pdf')
    const res = await as.reviewer.upload(NEW, paperForm(fields, pdf))
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(summaryErrors(html)).toContain(message)
    expect((await entries()).length).toBe(before.rows)
    expect(await storedFiles()).toEqual(before.files)
  })

  it('refuses a file that is not a PDF or an image, and keeps no part of it', async () => {
    const before = { rows: (await entries()).length, files: await storedFiles() }
    const res = await as.reviewer.upload(NEW, paperForm({}, fileOf(exeBytes(), '清单.pdf')))
    expect(res.status).toBe(422)
    expect(summaryErrors(await res.text()).join('')).toMatch(/清单\.pdf/)
    expect((await entries()).length).toBe(before.rows)
    expect(await storedFiles()).toEqual(before.files)
  })

  it('refuses a form with every field missing', async () => {
    const before = (await entries()).length
    const res = await as.reviewer.upload(NEW, new FormData())
    expect(res.status).toBe(422)
    const errors = summaryErrors(await res.text())
    expect(errors).toEqual(
      expect.arrayContaining(['请填写交换日期', '请选择交换方向', '请填写交换条数']),
    )
    expect((await entries()).length).toBe(before)
  })

  it('two hand entries posted at once are two entries, each with its own file', async () => {
    const before = (await entries()).length
    const pdf = await pdfBytes()
    const [a, b] = await Promise.all([
      as.reviewer.upload(NEW, paperForm({ content: '甲' }, fileOf(pdf, 'a.pdf'))),
      as.leader.upload(NEW, paperForm({ content: '乙' }, fileOf(pdf, 'b.pdf'))),
    ])
    expect([a.status, b.status]).toEqual([303, 303])
    const rows = (await entries()).filter((r) => ['甲', '乙'].includes(r.content))
    expect((await entries()).length).toBe(before + 2)
    expect(rows.map((r) => r.content).sort()).toEqual(['乙', '甲'])
    expect(new Set(rows.map((r) => r.file_key)).size).toBe(2)
  })
})

describe('who may do what', () => {
  it('refuses the roles without the exchange', async () => {
    for (const role of ['admin', 'auditor'] as const)
      expect((await as[role].get('/staff/exchange/log')).status).toBe(403)
    expect((await as.intake.get(NEW)).status).toBe(403)
    const before = (await entries()).length
    const posted = await as.intake.upload(NEW, paperForm({}))
    expect(posted.status).toBe(403)
    expect((await entries()).length).toBe(before)
    const [row] = await entries()
    expect((await as.intake.get(`/staff/exchange/log/${row!.id}/file`)).status).toBe(403)
    expect((await as.auditor.get(`/staff/exchange/log/${row!.id}/file`)).status).toBe(403)
  })

  it('answers 404 for an entry without a file or an id that is no entry', async () => {
    const none = (await entries()).find((r) => r.file_key === null)!
    expect((await as.reviewer.get(`/staff/exchange/log/${none.id}/file`)).status).toBe(404)
    expect((await as.reviewer.get('/staff/exchange/log/not-an-id/file')).status).toBe(404)
  })
})

describe('the totals of a period and the pages', () => {
  beforeAll(async () => {
    await t.db.db.deleteFrom('exchange_log').execute()
    const add = (exchanged_on: string, direction: 'from_court' | 'to_court', item_count: number) =>
      insertExchangeLogEntry(t.db.db, {
        exchanged_on,
        direction,
        source: 'paper',
        counterpart: '平顶山市卫东区人民法院',
        content: `清单 ${exchanged_on}`,
        item_count,
        handled_by: reviewer.id,
        recorded_at: t.clock.now(),
      })
    await add('2025-06-01', 'from_court', 1000)
    await add('2025-12-31', 'to_court', 7)
    for (let i = 1; i <= 31; i += 1)
      await add(`2026-${String(1 + (i % 10)).padStart(2, '0')}-0${1 + (i % 9)}`, 'from_court', i)
    await add('2026-11-01', 'to_court', 12)
  })

  const totals = (html: string) =>
    /data-testid="exchange-totals">([\s\S]*?)<\/dl>/
      .exec(html)![1]!
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()

  it('sums exchanges and items by direction over the whole period, not the page', async () => {
    const year = await (await as.reviewer.get('/staff/exchange/log?year=2026')).text()
    expect(year).toContain('合计（2026-01-01 至 2026-12-31）')
    expect(totals(year)).toBe(
      '法院→本院 交换 31 次，496 条 本院→法院 交换 1 次，12 条 合计 交换 32 次，508 条',
    )
    const period = await (
      await as.reviewer.get('/staff/exchange/log?from=2025-06-01&to=2025-12-31&direction=to_court')
    ).text()
    expect(totals(period)).toBe(
      '法院→本院 交换 0 次，0 条 本院→法院 交换 1 次，7 条 合计 交换 1 次，7 条',
    )
    const all = await (await as.reviewer.get('/staff/exchange/log')).text()
    expect(totals(all)).toContain('合计 交换 34 次，1515 条')
    expect(all).toContain('<option value="2025">2025 年</option>')
  })

  it('pages newest first with no entry twice and none left out', async () => {
    const seen: string[] = []
    let next: string | undefined = '/staff/exchange/log?year=2026'
    while (next) {
      const html: string = await (await as.reviewer.get(next)).text()
      seen.push(...[...html.matchAll(/<td>(\d{4}-\d\d-\d\d)<\/td>/g)].map((m) => m[1]!))
      const more: string | undefined = /href="(\/staff\/exchange\/log\?[^"]*after=[^"]+)"/.exec(
        html,
      )?.[1]
      next = more?.replace(/&amp;/g, '&')
    }
    expect(seen).toHaveLength(32)
    expect(seen).toEqual([...seen].sort().reverse())
  })

  it('refuses a year and a period together, and a period that ends before it starts', async () => {
    const both = await as.reviewer.get('/staff/exchange/log?year=2026&from=2026-01-01')
    expect(both.status).toBe(422)
    expect(summaryErrors(await both.text())).toEqual(['按年度或按起止日期筛选，二者只选其一'])
    const reversed = await as.reviewer.get('/staff/exchange/log?from=2026-05-01&to=2026-04-01')
    expect(reversed.status).toBe(422)
    expect(summaryErrors(await reversed.text())).toEqual(['结束日期不能早于开始日期'])
  })

  it('audits each look at the log with its filter', async () => {
    const views = await t.db.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', '=', 'exchange_log.view')
      .execute()
    expect(views.length).toBeGreaterThan(3)
  })
})

describe('the hourly orphan sweep', () => {
  it('keeps the files the exchange log points at, and removes a stray one', async () => {
    const pdf = fileOf(await pdfBytes(), '扫描件.pdf')
    expect((await as.reviewer.upload(NEW, paperForm({}, pdf))).status).toBe(303)
    const withFile = (await entries()).filter((r) => r.file_key)
    expect(withFile).toHaveLength(1)
    const stray = await t.deps.fileStore.put(Readable.from([Buffer.from('stray')]), {
      maxBytes: 100,
    })
    t.clock.advance(2 * 24 * 3_600_000)
    await runMaintenance(t.deps)
    for (const row of withFile) expect(await t.deps.fileStore.stat(row.file_key!)).toBeDefined()
    expect(await t.deps.fileStore.stat(stray.id)).toBeUndefined()
  })
})
