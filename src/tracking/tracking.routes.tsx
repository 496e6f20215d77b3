import type { Context } from 'hono'
import { Hono } from 'hono'
import { LookupPage } from '../../views/pages/track/lookup.js'
import { findApplicationById } from '../applications/application.repository.js'
import { renderStoredReceipt } from '../applications/receipt.service.js'
import { clientIp } from '../http/client-ip.js'
import type { Deps } from '../deps.js'
import {
  endSession,
  logOut,
  requireApplicantSession,
  sessionCheck,
  setSessionCookie,
  type TrackEnv,
} from './applicant-session.js'
import { submitLookup } from './lookup.service.js'
import { createStatusPageCache } from './status-page-cache.js'
import { statusPageHtml } from './status-page.js'
import { createStampLoader } from './status-stamps.js'
import { withdrawRoutes } from './withdraw.routes.js'
import { lostCodeRoutes } from './lost-code.routes.js'
import { documentRoutes } from './documents.routes.js'
import { evidenceRoutes } from './evidence.routes.js'
import { recusalRoutes } from './recusal.routes.js'
import { supplementRoutes } from '../supplements/supplement.routes.js'

export function trackingRoutes(deps: Deps) {
  const app = new Hono<TrackEnv>()
  app.get('/', (c) =>
    renderLookup(
      c,
      {},
      {},
      c.req.query('expired') === '1' ? '查询已超时或已退出，请重新输入查询码。' : undefined,
    ),
  )
  app.post('/', async (c) => {
    const body = await c.req.parseBody()
    const values = { code: String(body.code ?? ''), digits: String(body.digits ?? '').trim() }
    const website = String(body.website ?? '')
    const answer = await submitLookup(deps, { ...values, website, ip: clientIp(c, deps) })
    if (!answer.ok) {
      c.status(answer.status)
      return renderLookup(c, values, answer.errors)
    }
    setSessionCookie(c, deps.config, answer.sessionToken)
    return c.redirect('/track/status', 303)
  })
  app.route('/lost', lostCodeRoutes(deps))
  const requireSession = requireApplicantSession(deps)
  app.use('/receipt', requireSession)
  app.use('/withdraw', requireSession)
  app.use('/supplement/*', requireSession)
  app.use('/evidence/*', requireSession)
  app.use('/documents/*', requireSession)
  app.use('/recusal', requireSession)
  app.route('/', recusalRoutes(deps))
  app.route('/', evidenceRoutes(deps))
  app.route('/', documentRoutes(deps))
  app.route('/supplement', supplementRoutes(deps))
  app.route('/withdraw', withdrawRoutes(deps))
  // The same session rule as requireApplicantSession, checked another way for speed: the status
  // page gathers its check with other views' and reads the version its kept page depends on in the
  // same query (status-page.tsx; the README's decision on the status page has the measurements).
  const kept = { pages: createStatusPageCache(), stamps: createStampLoader(deps.db) }
  app.get('/status', async (c) => {
    const session = sessionCheck(c, deps)
    const html = session
      ? await statusPageHtml(deps, kept, {
          tokenHash: session.tokenHash,
          now: session.now,
          idleSince: session.idleSince,
          elderMode: c.get('elderMode'),
          csrfToken: c.get('csrfToken')(),
          renderPage: c.get('renderPage'),
        })
      : undefined
    return html === undefined ? endSession(c, deps, session?.token) : c.html(html)
  })
  app.get('/receipt', async (c) => {
    const application = (await findApplicationById(deps.db, c.var.applicationId))!
    const pdf = await renderStoredReceipt(deps, application, c.var.site)
    c.header('Content-Type', 'application/pdf')
    c.header(
      'Content-Disposition',
      `attachment; filename="receipt-${application.tracking_code}.pdf"`,
    )
    return c.body(new Uint8Array(pdf))
  })
  app.post('/logout', (c) => logOut(c, deps))
  return app
}

function renderLookup(
  c: Context<TrackEnv>,
  values: { code?: string; digits?: string },
  errors: Record<string, string>,
  notice?: string,
) {
  const failed = Object.keys(errors).length > 0
  return c.render(
    <LookupPage csrfToken={c.var.csrfToken()} values={values} errors={errors} notice={notice} />,
    {
      title: failed ? '错误：查询办理进度' : '查询办理进度',
    },
  )
}
