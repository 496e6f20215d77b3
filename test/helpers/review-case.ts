import type { ParsedMail } from 'mailparser'
import { changeStage } from '../../src/workflow/stage-change.service.js'
import { applicationIdOf, submitApplication, TestBrowser } from './applicant.js'
import { deliverOutbox } from './deliver-outbox.js'
import { compact, pdfText } from './pdf-text.js'
import type { SmtpInbox } from './smtp-inbox.js'
import type { TestStaff } from './staff.js'
import type { TestApp } from './test-app.js'
import { pdfBytes, pngBytes } from './upload-fixtures.js'

/** Helpers for the staff review actions: one accepted application and ways to look at it. */
export function reviewCase(t: TestApp) {
  const row = (id: string) =>
    t.db.db
      .selectFrom('applications')
      .select(['id', 'stage', 'version', 'assigned_staff_id', 'tracking_code'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()

  return {
    row,
    /** Submitted through the wizard, then accepted by intake directly through the service. */
    async accepted(intake: TestStaff): Promise<{ id: string; code: string }> {
      const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
      const id = await applicationIdOf(t.db.db, code)
      await changeStage(t.deps, {
        applicationId: id,
        action: 'accept',
        actor: { type: 'staff', id: intake.id, roles: intake.roles },
      })
      return { id, code }
    },
    /** A staff form post carrying the version the page would show now (or the one given). */
    async act(
      browser: TestBrowser,
      id: string,
      action: string,
      fields: Record<string, string>,
      version?: number,
    ): Promise<Response> {
      const v = version ?? (await row(id)).version
      return browser.post(`/staff/applications/${id}/actions/${action}`, {
        version: String(v),
        ...fields,
      })
    },
    /** The applicant's status page, signed in with the code and the last four mobile digits. */
    async statusPage(code: string): Promise<string> {
      const browser = new TestBrowser(t.app)
      await browser.post('/track', { code, digits: '5678' })
      return (await browser.get('/track/status')).text()
    },
    /** The text of the notice of `kind` issued to this application. */
    async noticeText(id: string, kind: string): Promise<string> {
      const doc = await t.db.db
        .selectFrom('issued_documents')
        .select('file_id')
        .where('application_id', '=', id)
        .where('kind', '=', kind as never)
        .executeTakeFirstOrThrow()
      const chunks: Buffer[] = []
      for await (const chunk of t.deps.fileStore.open(doc.file_id)) chunks.push(chunk as Buffer)
      return compact(await pdfText(Buffer.concat(chunks)))
    },
    async auditActions(id: string): Promise<string[]> {
      const rows = await t.db.db
        .selectFrom('audit_events')
        .select('action')
        .where('object_id', '=', id)
        .orderBy('id')
        .execute()
      return rows.map((r) => r.action)
    },
    /** Sends the outbox to the real SMTP server; returns this application's stage emails. */
    async stageMails(inbox: SmtpInbox, code: string): Promise<ParsedMail[]> {
      await deliverOutbox(t, inbox, { untilEmpty: true })
      return inbox.messages.filter(
        (m) => (m.subject ?? '').includes(code) && (m.text ?? '').includes('有新进展'),
      )
    },
  }
}
