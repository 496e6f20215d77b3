import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationOf, submitApplication } from '../helpers/applicant.js'
import { signedInStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('可能重复 on the application page', () => {
  it('links the other open application about the same case by the same applicant', async () => {
    const files = { pdf: await pdfBytes(), png: pngBytes() }
    const first = await submitApplication(t.app, files)
    const second = await submitApplication(t.app, files)
    const row = await applicationOf(t.db.db, second, ['id', 'flags'])
    expect(row.flags).toContain('可能重复')
    const { browser } = await signedInStaff(t.app, t.deps, ['intake'])
    const html = await (await browser.get(`/staff/applications/${row.id}`)).text()
    expect(html).toContain('可能重复的申请（1）')
    expect(html).toContain(`>${first}</a>`)
    expect(html).toMatch(/同一执行案号、同一申请人/)
  })
})
