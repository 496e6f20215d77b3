import crypto from 'node:crypto'
import { insertAuditEvent } from '../../../audit/audit.repository.js'
import type { Deps } from '../../../deps.js'
import { findSealInfo, saveSeal } from '../../../documents/signing/seal.repository.js'
import { formatChineseDateTime } from '../../../kernel/china-time.js'
import type { StaffActor } from '../../staff-actor.js'
import { recordedActor } from '../../staff-actor.js'
import { checkSealPng } from './seal-png.js'

export type SealView = {
  seal?: { sha256: string; size: string; uploadedAt: string }
  signer?: string
}

/** What the admin page shows: the current seal (if any) and the configured signing certificate. */
export async function sealView(deps: Deps): Promise<SealView> {
  const info = await findSealInfo(deps.db)
  return {
    ...(info
      ? {
          seal: {
            sha256: info.sha256,
            size: `${info.width}×${info.height} 像素`,
            uploadedAt: formatChineseDateTime(info.uploaded_at),
          },
        }
      : {}),
    ...(deps.pdfSigner ? { signer: deps.pdfSigner.description } : {}),
  }
}

/**
 * Replaces the seal with `png` once it passes the checks, with its audit row in the same
 * transaction. Returns the reason it was refused, or undefined when saved.
 */
export async function replaceSeal(
  deps: Deps,
  actor: StaffActor,
  png: Buffer,
): Promise<string | undefined> {
  const checked = checkSealPng(png)
  if (!checked.ok) return checked.message
  const sha256 = crypto.createHash('sha256').update(png).digest('hex')
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (trx) => {
    await saveSeal(trx, {
      png,
      sha256,
      width: checked.width,
      height: checked.height,
      by: actor.staff.id,
      at: now,
    })
    await insertAuditEvent(trx, {
      actor: recordedActor(actor),
      ip: actor.ip,
      action: 'settings.seal_upload',
      object: { type: 'site_settings', id: 'seal' },
      result: 'success',
      details: { sha256, width: checked.width, height: checked.height, bytes: png.length },
      at: now,
    })
  })
  return undefined
}
