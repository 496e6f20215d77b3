import { renderEvidenceReceiptPdf } from '../../views/documents/evidence-receipt.js'
import { findMaterials } from '../applications/application.repository.js'
import type { ApplicationRow } from '../applications/application.table.js'
import { insertAuditEvent } from '../audit/audit.repository.js'
import type { Deps } from '../deps.js'
import { storeIssuedPdf, transactionWithFiles } from '../documents/issued-document.service.js'
import { insertOutboxMessage, type NewOutboxMessage } from '../notifications/outbox.repository.js'
import type { ReceivedFile } from '../uploads/multipart.js'
import { insertApplicationEvent } from '../workflow/application-event.repository.js'
import { formatTrackingCode } from './tracking-code.js'

/** After acceptance, while the case is open, the applicant may add evidence (SPEC §7). */
export const EVIDENCE_STAGES = new Set(['accepted', 'under_review', 'suspended'])

/**
 * Files further evidence and issues its 证据材料收据 (规则 第四十四条) in one transaction: the
 * materials, the receipt document, the timeline entry and the audit event. The receipt PDF is
 * stored inside it, and removed again if it does not commit.
 */
export async function fileEvidence(
  deps: Deps,
  app: ApplicationRow,
  files: ReceivedFile[],
  description: string,
  ip: string | null,
): Promise<void> {
  const now = deps.clock.now()
  const pdf = await renderEvidenceReceiptPdf({
    procuratorateName: deps.siteSettings.current().name,
    trackingCode: formatTrackingCode(app.tracking_code),
    receivedAt: now,
    files: files.map((f) => ({
      description,
      name: f.originalName,
      size: f.size,
      sha256: f.sha256,
    })),
  })
  await transactionWithFiles(deps, async (trx) => {
    const position = (await findMaterials(trx, app.id)).length
    await trx
      .insertInto('application_materials')
      .values(
        files.map((f, i) => ({
          application_id: app.id,
          slot: 'evidence' as const,
          description,
          original_name: f.originalName,
          byte_size: f.size,
          detected_type: f.detectedType,
          sha256: f.sha256,
          file_id: f.storedId,
          uploaded_at: now,
          uploaded_by: 'applicant',
          position: position + i + 1,
        })),
      )
      .execute()
    const { file } = await storeIssuedPdf(trx, deps.fileStore, {
      applicationId: app.id,
      kind: 'evidence_receipt',
      title: '证据材料收据',
      pdf,
      at: now,
    })
    await insertApplicationEvent(trx, {
      applicationId: app.id,
      at: now,
      action: 'add_evidence',
      from: app.stage,
      to: app.stage,
      publicNote: `提交证据材料 ${files.length} 份，已出具证据材料收据。`,
    })
    if (app.email)
      await insertOutboxMessage(trx, evidenceEmail(deps, app, files.length, file.id, now))
    await insertAuditEvent(trx, {
      actor: { type: 'applicant', id: app.id },
      ip,
      action: 'application.add_evidence',
      object: { type: 'application', id: app.id },
      result: 'success',
      details: { files: files.length },
      at: now,
    })
  })
}

/** Every document issued is also emailed (SPEC §10): here the notice that the receipt is ready. */
function evidenceEmail(
  deps: Deps,
  app: ApplicationRow,
  count: number,
  documentFileId: string,
  now: Date,
): NewOutboxMessage {
  const code = formatTrackingCode(app.tracking_code)
  const site = deps.siteSettings.current()
  return {
    message_key: `evidence-receipt:${documentFileId}`,
    kind: 'evidence_receipt',
    recipient: app.email!,
    subject: `【${site.name}】已收到您补充的证据材料（查询码 ${code}）`,
    text_body: [
      '您好：',
      '',
      `本院已收到您补充的证据材料 ${count} 份，并出具了证据材料收据。`,
      `请凭查询码 ${code} 和手机号码后 4 位在 ${deps.config.publicBaseUrl}/track 查看和下载。`,
      '本邮件由系统自动发送，请勿直接回复。',
    ].join('\n'),
    html_body: null,
    next_attempt_at: now,
  }
}
