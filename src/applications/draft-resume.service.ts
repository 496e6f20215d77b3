import { hashToken, isTokenShape, newToken } from '../crypto/tokens.js'
import type { DraftAnswers } from './application-answers.js'
import {
  findDraftByResumeHash,
  rotateDraftToken,
  setResumeTokenHash,
} from './draft-resume.repository.js'
import type { DraftContext } from './draft.service.js'

/** A fresh token for the emailed link; the draft keeps only its hash (issue 12 F8, F10). */
export async function issueResumeToken(ctx: DraftContext, draftId: string): Promise<string> {
  const token = newToken()
  await setResumeTokenHash(ctx.db, draftId, hashToken(token))
  return token
}

/** Whether a resume link is one this service issued and can still use. */
export async function resumeLinkIsOpen(ctx: DraftContext, token: string | undefined) {
  if (!isTokenShape(token)) return false
  const row = await findDraftByResumeHash(ctx.db, hashToken(token))
  return !!row && row.expires_at > ctx.now
}

export type ResumeOutcome =
  { ok: true; draftToken: string } | { ok: false; reason: 'expired' | 'wrong_email' }

/**
 * Issue 12 F8 (draft fixation): a link alone does not open a draft. The person gives the address
 * it was sent to; then this browser gets a new draft token and the link and all earlier tokens end.
 */
export async function resumeDraft(
  ctx: DraftContext,
  token: string | undefined,
  email: string,
): Promise<ResumeOutcome> {
  if (!isTokenShape(token)) return { ok: false, reason: 'expired' }
  const resumeHash = hashToken(token)
  const row = await findDraftByResumeHash(ctx.db, resumeHash)
  if (!row || row.expires_at <= ctx.now) return { ok: false, reason: 'expired' }
  const answers = JSON.parse(ctx.fieldCrypto.decrypt(row.answers_encrypted)) as DraftAnswers
  const sentTo = answers.contact?.email
  if (!sentTo || normalise(sentTo) !== normalise(email)) return { ok: false, reason: 'wrong_email' }
  const draftToken = newToken()
  const rotated = await rotateDraftToken(ctx.db, row.id, resumeHash, hashToken(draftToken))
  return rotated ? { ok: true, draftToken } : { ok: false, reason: 'expired' }
}

const normalise = (email: string) => email.trim().toLowerCase()
