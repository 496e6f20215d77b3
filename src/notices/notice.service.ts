import { renderNoticePdf } from '../../views/documents/notice.js'
import { insertAuditEvent } from '../audit/audit.repository.js'
import type { Db } from '../db/database.js'
import { stopClocks } from '../deadlines/clocks.js'
import type { Deps } from '../deps.js'
import type { NumberedKind } from '../documents/document-kinds.js'
import { storeIssuedPdf } from '../documents/issued-document.service.js'
import { findSealImage } from '../documents/signing/seal.repository.js'
import { formatTrackingCode } from '../kernel/tracking-code.js'
import { formatDocumentNumber, numberYear } from './document-number.js'
import { getNumberFormat, nextSequence } from './document-number.repository.js'
import type { NoticeContent } from './notice-content.js'
import { NOTICE_KIND_INFO } from './notice-kinds.js'
import { getNoticeApplication, type NoticeApplication } from './notice.repository.js'
import { noticeText, type NoticeContext } from './notice-text.js'
import { requireNoticeTransaction } from './notice-transaction.js'

export type IssueNoticeInput = NoticeContent & {
  applicationId: string
  /** defaults to the clock's now */
  at?: Date
  staffId: string | null
  staffRoles?: readonly string[]
  ip?: string | null
}

export type IssuedNotice = {
  documentId: string
  number: string
  title: string
  /** the attachment name, e.g. 受理通知书（卫东检民执监受〔2026〕1号）.pdf */
  filename: string
  pdf: Buffer
}

/**
 * Issues one numbered notice inside the caller's transaction (which must come from
 * transactionWithNotices): takes the next number, renders and stores the PDF, records it with its
 * hash, stops the clock that waited for it and audits. It queues no email: the caller attaches the
 * notice to the one email its action sends (the stage email, or noticeEmail on its own).
 */
export async function issueNotice(
  trx: Db,
  deps: Deps,
  input: IssueNoticeInput,
): Promise<IssuedNotice> {
  requireNoticeTransaction(trx)
  const at = input.at ?? deps.clock.now()
  const app = await getNoticeApplication(trx, input.applicationId)
  const number = await takeNumber(trx, input.kind, at)
  const info = NOTICE_KIND_INFO[input.kind]
  const rendered = await renderNotice(deps, trx, app, input, number, at)
  const { documentId, file, pdf } = await storeIssuedPdf(
    trx,
    deps.fileStore,
    { applicationId: app.id, kind: input.kind, title: info.title, pdf: rendered, at, number },
    deps.pdfSigner,
  )
  if (info.stops) await stopClocks(trx, deps, app.id, [info.stops])
  await insertAuditEvent(trx, {
    actor: {
      type: input.staffId ? 'staff' : 'system',
      id: input.staffId,
      roles: [...(input.staffRoles ?? [])],
    },
    ip: input.ip ?? null,
    action: 'notice.issue',
    object: { type: 'application', id: app.id },
    result: 'success',
    details: { kind: input.kind, number, documentId, sha256: file.sha256 },
    at,
  })
  const filename = `${info.heading}（${number}）.pdf`
  return { documentId, number, title: info.title, filename, pdf: Buffer.from(pdf) }
}

/** The next number of this kind in the year of `at`, formatted by the admin's template; inside the issuing transaction (no gaps). */
export async function takeNumber(trx: Db, kind: NumberedKind, at: Date): Promise<string> {
  const format = await getNumberFormat(trx, kind)
  const year = numberYear(at)
  const sequence = await nextSequence(trx, kind, year)
  return formatDocumentNumber(format.template, {
    abbreviation: format.abbreviation,
    typeCode: format.type_code,
    year,
    sequence,
  })
}

async function renderNotice(
  deps: Deps,
  trx: Db,
  app: NoticeApplication,
  input: IssueNoticeInput,
  number: string,
  at: Date,
): Promise<Buffer> {
  const content = { kind: input.kind, fields: input.fields } as NoticeContent
  return renderNoticePdf({
    ...noticeFacts(app),
    seal: await findSealImage(trx),
    procuratorateName: deps.siteSettings.current().name,
    heading: NOTICE_KIND_INFO[input.kind].heading,
    number,
    trackingCode: formatTrackingCode(app.tracking_code),
    issuedAt: at,
    text: noticeText(content, noticeContext(deps, app)),
  })
}

function noticeFacts(app: NoticeApplication) {
  return {
    applicantName: app.applicant_name,
    courtName: app.court_name,
    caseNumber: app.case_number,
  }
}

/** What the text of a notice to this application is built from: the same for the PDF and its preview. */
export function noticeContext(
  deps: Pick<Deps, 'config' | 'siteSettings'>,
  app: NoticeApplication,
): NoticeContext {
  return {
    ...noticeFacts(app),
    organisation: app.applicant_type === 'organisation',
    submittedAt: app.submitted_at,
    trackingUrl: `${deps.config.publicBaseUrl}/track`,
    upperProcuratorate: deps.siteSettings.current().upperName,
  }
}
