import { Hono, type Context } from 'hono'
import { WithdrawPage } from '../../views/pages/track/withdraw.js'
import { findApplicationById } from '../applications/application.repository.js'
import type { Deps } from '../deps.js'
import { clientIp } from '../http/client-ip.js'
import { hasErrors, parseForm } from '../http/form.js'
import { APPLICANT_CAN_WITHDRAW } from '../workflow/stages.js'
import { formatTrackingCode } from '../kernel/tracking-code.js'
import type { TrackEnv } from './applicant-session.js'
import { findPendingWithdrawal } from './withdraw-request.repository.js'
import { WITHDRAW_AT_ONCE, withdrawOrRequest } from './withdraw-request.service.js'
import { WithdrawSchema } from './withdraw.schema.js'

/**
 * 撤回申请 (docs/product.md §7): confirmation page, then before 受理 the stage change (audited,
 * emailed) and after it a request for staff to decide (docs/decisions/037-withdrawal-after-acceptance.md).
 */
export function withdrawRoutes(deps: Deps) {
  const app = new Hono<TrackEnv>()
  app.get('/', (c) => render(c, deps, {}))
  app.post('/', async (c) => {
    const parsed = parseForm(WithdrawSchema, await c.req.parseBody())
    if (!parsed.ok) {
      c.status(422)
      return render(c, deps, parsed.form.errors)
    }
    const application = (await findApplicationById(deps.db, c.var.applicationId))!
    await withdrawOrRequest(deps, application, clientIp(c, deps))
    return c.redirect('/track/status', 303)
  })
  return app
}

async function render(c: Context<TrackEnv>, deps: Deps, errors: Record<string, string>) {
  const application = (await findApplicationById(deps.db, c.var.applicationId))!
  if (!APPLICANT_CAN_WITHDRAW.has(application.stage)) return c.redirect('/track/status', 303)
  if (await findPendingWithdrawal(deps.db, application.id)) return c.redirect('/track/status', 303)
  return c.render(
    <WithdrawPage
      trackingCode={formatTrackingCode(application.tracking_code)}
      afterAcceptance={!WITHDRAW_AT_ONCE.has(application.stage)}
      csrfToken={c.var.csrfToken()}
      errors={errors}
    />,
    { title: '撤回申请', invalid: hasErrors(errors) },
  )
}
