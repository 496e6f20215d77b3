import type { Deps } from '../../deps.js'
import { parseForm, type InvalidForm } from '../../http/form.js'
import type { StaffActor } from '../../staff/staff-actor.js'
import { receiveOneFileForm } from '../../uploads/one-file-form.js'
import { PaperExchangeSchema } from './exchange-log.schema.js'
import { exchangeDateProblem, recordPaperExchange } from './paper-exchange.service.js'

/** Matches the hand-entry POST, whose multipart body is streamed (src/app.ts). */
export const EXCHANGE_LOG_UPLOAD_PATH = '/staff/exchange/log/new'

/**
 * An exchange on paper, with its optional scanned list (PDF, JPEG or PNG, at most 20 MB), through
 * the same streamed, checked upload pipeline as applicants' files; a refused form or a failed write
 * removes the scan again. Returns the form to show again (422), or the new entry's id.
 */
export function receivePaperExchange(
  deps: Deps,
  request: Request,
  actor: StaffActor,
): Promise<{ ok: false; form: InvalidForm } | { ok: true; id: string }> {
  return receiveOneFileForm(deps, request, 'file', async (fields, scan) => {
    const parsed = parseForm(PaperExchangeSchema, fields)
    if (!parsed.ok) return { errors: parsed.form.errors }
    const dateProblem = exchangeDateProblem(deps, parsed.data.exchangedOn)
    if (dateProblem) return { errors: { exchangedOn: dateProblem } }
    return { id: await recordPaperExchange(deps, actor, parsed.data, scan) }
  })
}
