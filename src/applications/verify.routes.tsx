import { Hono } from 'hono'
import { VerifyPage, type VerifyResult } from '../../views/pages/apply/verify.js'
import type { Deps } from '../deps.js'
import { formatChineseDateTime } from '../kernel/china-time.js'
import { verifyReceiptString } from './receipt-verification.js'
import { receivedAtSubmission } from './receipt-record.js'
import type { AppEnv } from '../http/app-env.js'
import { formatTrackingCode, parseTrackingCode } from '../kernel/tracking-code.js'
import { SLOT_LABELS } from './display-names.js'
import { findApplicationByCode, findMaterials } from './application.repository.js'

/** /verify?c=CODE&v=STRING — the QR code on every receipt points here. */
export function verifyRoutes(deps: Deps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const result = await verify(deps, c.req.query('c'), c.req.query('v'))
    if (result.kind !== 'form' || result.error) c.status(result.kind === 'form' ? 422 : 200)
    return c.render(<VerifyPage result={result} />, { title: '核验收件回执' })
  })
}

async function verify(
  deps: Deps,
  rawCode: string | undefined,
  rawString: string | undefined,
): Promise<VerifyResult> {
  if (!rawCode && !rawString) return { kind: 'form' }
  const code = parseTrackingCode(rawCode ?? '')
  if (!code.ok) return { kind: 'form', code: rawCode, string: rawString, error: code.message }
  const shown = formatTrackingCode(code.value)
  const app = await findApplicationByCode(deps.db, code.value)
  if (!app || !rawString) return { kind: 'not_genuine', code: shown }
  const materials = receivedAtSubmission(
    deps.config.appSecret,
    app,
    await findMaterials(deps.db, app.id),
  )
  const facts = {
    trackingCode: shown,
    submittedAt: app.submitted_at.toISOString(),
    fileHashes: materials.map((m) => m.sha256),
  }
  if (!verifyReceiptString(deps.config.appSecret, facts, rawString))
    return { kind: 'not_genuine', code: shown }
  return {
    kind: 'genuine',
    code: shown,
    submittedAt: formatChineseDateTime(app.submitted_at),
    materials: materials.map((m) => ({ slot: SLOT_LABELS[m.slot], hash: m.sha256.slice(0, 16) })),
  }
}
