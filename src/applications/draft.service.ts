import type { FieldCrypto } from '../crypto/field-encryption.js'
import { hashToken, isTokenShape, newToken } from '../crypto/tokens.js'
import type { Db } from '../db/database.js'
import type { DraftAnswers } from './application-answers.js'
import { findDraftByTokenHash, insertDraft, updateDraftAnswers } from './draft.repository.js'

/** docs/product.md §4: drafts are kept for 30 days after the last change. */
export const DRAFT_LIFETIME_MS = 30 * 24 * 3600 * 1000

export type Draft = {
  id: string
  channel: 'online' | 'counter'
  /** counter intake: the staff member who entered it */
  enteredBy: string | null
  answers: DraftAnswers
  applicationId: string | null
  expiresAt: Date
}

export type DraftContext = { db: Db; fieldCrypto: FieldCrypto; now: Date }

/** Starts a draft; the browser gets the random token, the database only its SHA-256. */
export async function startDraft(
  ctx: DraftContext,
  answers: DraftAnswers,
  channel: 'online' | 'counter',
  enteredBy: string | null = null,
): Promise<{ token: string; id: string }> {
  const token = newToken()
  const id = await insertDraft(ctx.db, {
    token_hash: hashToken(token),
    channel,
    entered_by: enteredBy,
    answers_encrypted: ctx.fieldCrypto.encrypt(JSON.stringify(answers)),
    expires_at: new Date(ctx.now.getTime() + DRAFT_LIFETIME_MS),
    now: ctx.now,
  })
  return { token, id }
}

/** The draft behind a token, unless it does not exist or has expired. */
export async function loadDraft(
  ctx: DraftContext,
  token: string | undefined,
): Promise<Draft | undefined> {
  if (!isTokenShape(token)) return undefined
  const row = await findDraftByTokenHash(ctx.db, hashToken(token))
  if (!row || row.expires_at <= ctx.now) return undefined
  return {
    id: row.id,
    channel: row.channel,
    enteredBy: row.entered_by,
    answers: JSON.parse(ctx.fieldCrypto.decrypt(row.answers_encrypted)) as DraftAnswers,
    applicationId: row.application_id,
    expiresAt: row.expires_at,
  }
}

/** Saves the answers after a step; a submitted draft is never changed again. */
export async function saveDraftAnswers(
  ctx: DraftContext,
  draft: Draft,
  answers: DraftAnswers,
): Promise<void> {
  await updateDraftAnswers(
    ctx.db,
    draft.id,
    ctx.fieldCrypto.encrypt(JSON.stringify(answers)),
    ctx.now,
    new Date(ctx.now.getTime() + DRAFT_LIFETIME_MS),
  )
}
