import { insertAuditEvent } from '../audit/audit.repository.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import { insertOutboxMessage } from '../notifications/outbox.repository.js'
import { startClock } from '../deadlines/clocks.js'
import { insertApplicationEvent } from '../workflow/application-event.repository.js'
import type { SiteView } from '../site/site-view.js'
import { insertApplication, insertMaterials } from './application.repository.js'
import { findDraftFiles, lockDraft } from './draft.repository.js'
import { closeSubmittedDraft } from './draft-resume.repository.js'
import type { Draft } from './draft.service.js'
import type { DraftFileRow } from './draft.table.js'
import { prepare, storeLetter, type Generated } from './submission-prepare.js'
import { applicationRow, materialRows, type Prepared } from './submission-rows.js'
import { missingMaterials } from './material-slots.js'
import { submissionEmail } from '../../views/emails/submission.js'
import { stepsFor } from './wizard-steps.js'

/**
 * Issue 12 F9: after submission the draft token opens only the confirmation and the receipt, for
 * one hour (a retried submit, a download right after); the answers are gone at once.
 */
export const SUBMITTED_DRAFT_KEPT_MS = 3600 * 1000

export type SubmitResult = { applicationId: string; trackingCode: string; existing: boolean }

/**
 * docs/product.md §6: one transaction creates the application, its materials, the audit event and the outbox
 * email — all or nothing. The draft row is locked first, so a double click or a retried POST finds
 * the application the first one created. A generated 监督申请书 written before a failed commit is
 * removed again; uploaded files stay with the draft, which the applicant can submit again.
 */
export async function submitDraft(
  deps: Deps,
  draft: Draft,
  site: SiteView,
  ip: string | null,
): Promise<SubmitResult> {
  const files = await findDraftFiles(deps.db, draft.id)
  assertComplete(draft, files)
  const now = deps.clock.now()
  const letter = draft.answers.generateLetter
    ? await storeLetter(deps, draft, site, files, now)
    : undefined
  try {
    const result = await persistWithFreshCode(deps, draft, site, files, letter, now, ip)
    if (result.existing && letter) await deps.fileStore.remove(letter.id)
    return result
  } catch (err) {
    if (letter) await deps.fileStore.remove(letter.id).catch(() => undefined)
    throw err
  }
}

function assertComplete(draft: Draft, files: DraftFileRow[]): void {
  const open = stepsFor(draft.answers).find((s) => !s.done(draft.answers))
  const missing = missingMaterials(
    draft.answers,
    draft.answers.generateLetter ?? false,
    new Set(files.map((f) => f.slot)),
  )
  if (open || Object.keys(missing).length > 0) {
    throw new AppError(
      422,
      'bad_request',
      `申请还没有填写完整：${open ? `请完成“${open.title}”` : Object.values(missing).join('；')}。`,
    )
  }
}

/** A new tracking code colliding with an existing one (1 in 2^54 per pair) just gets another. */
async function persistWithFreshCode(...args: Parameters<typeof persist>): Promise<SubmitResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await persist(...args)
    } catch (err) {
      const code = (err as { code?: string; constraint?: string }).code
      if (code !== '23505' || attempt >= 3 || !String(err).includes('tracking_code')) throw err
    }
  }
}

async function persist(
  deps: Deps,
  draft: Draft,
  site: SiteView,
  files: DraftFileRow[],
  letter: Generated | undefined,
  now: Date,
  ip: string | null,
): Promise<SubmitResult> {
  const prepared = await prepare(deps, draft, site, files, letter, now)
  return deps.db.transaction().execute(async (trx) => {
    const locked = await lockDraft(trx, draft.id)
    if (locked.application_id) {
      return { applicationId: locked.application_id, trackingCode: '', existing: true }
    }
    const applicationId = await insertApplication(
      trx,
      await applicationRow(trx, deps, draft, site, prepared),
    )
    await insertMaterials(trx, materialRows(applicationId, prepared))
    await startClock(trx, deps, { applicationId, kind: 'procedural_reply', due: prepared.due })
    await closeSubmittedDraft(
      trx,
      draft.id,
      applicationId,
      deps.fieldCrypto.encrypt('{}'),
      new Date(now.getTime() + SUBMITTED_DRAFT_KEPT_MS),
    )
    await insertApplicationEvent(trx, {
      applicationId,
      at: now,
      action: 'submit',
      from: null,
      to: 'submitted',
    })
    await audit(trx, applicationId, draft, prepared, ip, now)
    const email = draft.answers.contact?.email
    if (email)
      await insertOutboxMessage(
        trx,
        await submissionEmail({ ...prepared.mail, applicationId, email, now }),
      )
    return { applicationId, trackingCode: prepared.trackingCode, existing: false }
  })
}

async function audit(
  trx: Db,
  applicationId: string,
  draft: Draft,
  p: Prepared,
  ip: string | null,
  now: Date,
): Promise<void> {
  // A counter application is the act of the staff member who entered it (docs/product.md §8).
  const actor = draft.enteredBy
    ? { type: 'staff' as const, id: draft.enteredBy, roles: ['intake'] }
    : { type: 'applicant' as const, id: applicationId }
  await insertAuditEvent(trx, {
    actor,
    ip,
    action: 'application.submit',
    object: { type: 'application', id: applicationId },
    result: 'success',
    details: { materials: p.materials.length, due: p.due.due, channel: draft.channel },
    at: now,
  })
}
