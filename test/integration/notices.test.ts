import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findOpenClocks } from '../../src/deadlines/clock.repository.js'
import { issueNotice } from '../../src/notices/notice.service.js'
import { transactionWithNotices } from '../../src/notices/notice-transaction.js'
import { changeStage } from '../../src/workflow/stage-change.service.js'
import { applicationIdOf, submitApplication } from '../helpers/applicant.js'
import { compact, pdfText } from '../helpers/pdf-text.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/** docs/product.md §10 notices: numbered per kind and year, stored with their hash, emailed once. */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
})
afterAll(() => t.close())

const intake = { type: 'staff' as const, id: null, roles: ['intake' as const] }

async function newApplication(): Promise<string> {
  const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
  return applicationIdOf(t.db.db, code)
}

async function storedFile(fileId: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of t.deps.fileStore.open(fileId)) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

const refusal = (applicationId: string) => ({
  applicationId,
  kind: 'non_acceptance_notice' as const,
  fields: { grounds: [], explanation: '申请监督的事项属于审判活动，不属于执行活动。' },
  staffId: null,
  email: false,
})

describe('notices', () => {
  it('accepting issues 受理通知书 No. 1, stops its clock and attaches it to the one stage email', async () => {
    const id = await newApplication()
    const result = await changeStage(t.deps, {
      applicationId: id,
      action: 'accept',
      actor: intake,
      notice: { kind: 'acceptance_notice', fields: {} },
    })
    expect(result.notice?.number).toBe('卫东检民执监受〔2026〕1号')
    const clocks = (await findOpenClocks(t.db.db, id)).map((c) => c.kind)
    expect(clocks.sort()).toEqual(['civil_referral', 'review'])

    const doc = await t.db.db
      .selectFrom('issued_documents')
      .select(['kind', 'title', 'number', 'file_id', 'sha256'])
      .where('application_id', '=', id)
      .executeTakeFirstOrThrow()
    expect(doc).toMatchObject({ kind: 'acceptance_notice', title: '受理通知书' })
    const text = compact(await pdfText(await storedFile(doc.file_id)))
    for (const s of [
      '平顶山市卫东区人民检察院',
      '受理通知书',
      '卫东检民执监受〔2026〕1号',
      '张秀英：',
    ]) {
      expect(text).toContain(s)
    }
    expect(text).toContain('（2023）豫0403执123号')
    expect(text).toContain('本院决定受理')
    expect(text).toContain('申请回避')

    const mails = await t.db.db
      .selectFrom('outbox_messages')
      .select(['id', 'kind', 'text_body'])
      .where('message_key', 'like', `%${id}%`)
      .where('kind', '!=', 'application_submitted')
      .execute()
    const stageMails = mails.filter((m) => m.kind === 'stage_change')
    expect(stageMails).toHaveLength(1)
    expect(stageMails[0]!.text_body).toContain('《受理通知书》（卫东检民执监受〔2026〕1号）')
    const attachments = await t.db.db
      .selectFrom('outbox_attachments')
      .select(['filename', 'content_type'])
      .where('message_id', '=', stageMails[0]!.id)
      .execute()
    expect(attachments).toEqual([
      { filename: '受理通知书（卫东检民执监受〔2026〕1号）.pdf', content_type: 'application/pdf' },
    ])
  })

  it('gives 20 concurrent issues of one kind the numbers 1..20, no gaps, no duplicates', async () => {
    const ids = await Promise.all([newApplication(), newApplication()])
    const issued = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        transactionWithNotices(t.deps, (trx) => issueNotice(trx, t.deps, refusal(ids[i % 2]!))),
      ),
    )
    const sequences = issued
      .map((n) => Number(/〕(\d+)号$/.exec(n.number)![1]))
      .sort((a, b) => a - b)
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    expect(issued[0]!.number).toMatch(/^卫东检民执监不受〔2026〕\d+号$/)
  })

  it('a rolled-back transaction consumes no number and leaves no file', async () => {
    const id = await newApplication()
    const before = await t.db.db.selectFrom('issued_documents').select('file_id').execute()
    let fileId = ''
    await expect(
      transactionWithNotices(t.deps, async (trx) => {
        const n = await issueNotice(trx, t.deps, {
          ...refusal(id),
          kind: 'referral_notice',
          fields: {
            route: 'procuratorate',
            organ: '平顶山市人民检察院',
            reason: '执行法院为平顶山市中级人民法院。',
          },
        })
        const row = await trx
          .selectFrom('issued_documents')
          .select('file_id')
          .where('id', '=', n.documentId)
          .executeTakeFirstOrThrow()
        fileId = row.file_id
        throw new Error('the action failed after the notice')
      }),
    ).rejects.toThrow('the action failed')
    expect(await t.deps.fileStore.stat(fileId)).toBeUndefined()
    expect(await t.db.db.selectFrom('issued_documents').select('file_id').execute()).toHaveLength(
      before.length,
    )
    const next = await transactionWithNotices(t.deps, (trx) =>
      issueNotice(trx, t.deps, {
        ...refusal(id),
        kind: 'referral_notice',
        fields: {
          route: 'procuratorate',
          organ: '平顶山市人民检察院',
          reason: '执行法院为平顶山市中级人民法院。',
        },
      }),
    )
    expect(next.number).toBe('卫东检民执监告〔2026〕1号')
  })

  it('refuses to issue outside transactionWithNotices', async () => {
    const id = await newApplication()
    await expect(
      t.deps.db.transaction().execute((trx) => issueNotice(trx, t.deps, refusal(id))),
    ).rejects.toThrow('transactionWithNotices')
  })
})
