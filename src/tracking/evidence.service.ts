import { renderEvidenceReceiptPdf } from '../../views/documents/evidence-receipt.js'
import { evidenceReceiptEmail } from '../../views/emails/evidence-receipt.js'
import { addMaterials } from '../applications/application.repository.js'
import type { ApplicationRow } from '../applications/application.table.js'
import { insertAuditEvent } from '../audit/audit.repository.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import { storeIssuedPdf, transactionWithFiles } from '../documents/issued-document.service.js'
import { insertOutboxMessage } from '../notifications/outbox.repository.js'
import type { ReceivedFile } from '../uploads/multipart.js'
import { insertApplicationEvent } from '../workflow/application-event.repository.js'
import type { Stage } from '../workflow/stages.js'
import { formatTrackingCode } from '../kernel/tracking-code.js'

/** After acceptance, while the case is open, the applicant may add evidence (docs/product.md §7). */
export const EVIDENCE_STAGES: ReadonlySet<Stage> = new Set<Stage>([
  'accepted',
  'under_review',
  'suspended',
])

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
  const site = deps.siteSettings.current()
  const trackingCode = formatTrackingCode(app.tracking_code)
  const pdf = await renderEvidenceReceiptPdf({
    procuratorateName: site.name,
    trackingCode,
    receivedAt: now,
    files: files.map((f) => ({
      description,
      name: f.originalName,
      size: f.size,
      sha256: f.sha256,
    })),
  })
  await transactionWithFiles(deps, async (trx) => {
    await addMaterials(trx, app.id, files, {
      slot: 'evidence',
      description,
      uploadedBy: 'applicant',
      at: now,
    })
    const { file } = await storeIssuedPdf(
      trx,
      deps.fileStore,
      { applicationId: app.id, kind: 'evidence_receipt', title: '证据材料收据', pdf, at: now },
      deps.pdfSigner,
    )
    await recordEvidence(trx, app, files.length, now, ip)
    if (app.email) {
      const email = evidenceReceiptEmail({
        site,
        publicBaseUrl: deps.config.publicBaseUrl,
        email: app.email,
        trackingCode,
        fileCount: files.length,
        documentFileId: file.id,
        now,
      })
      await insertOutboxMessage(trx, email)
    }
  })
}

/** The applicant's timeline entry and the audit event. */
async function recordEvidence(
  trx: Db,
  app: ApplicationRow,
  count: number,
  now: Date,
  ip: string | null,
): Promise<void> {
  await insertApplicationEvent(trx, {
    applicationId: app.id,
    at: now,
    action: 'add_evidence',
    from: app.stage,
    to: app.stage,
    publicNote: `提交证据材料 ${count} 份，已出具证据材料收据。`,
  })
  await insertAuditEvent(trx, {
    actor: { type: 'applicant', id: app.id },
    ip,
    action: 'application.add_evidence',
    object: { type: 'application', id: app.id },
    result: 'success',
    details: { files: count },
    at: now,
  })
}
