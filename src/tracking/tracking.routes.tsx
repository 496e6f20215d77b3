import type { Context, MiddlewareHandler } from 'hono'
import { Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { LookupPage } from '../../views/pages/track/lookup.js'
import { findApplicationById } from '../applications/application.repository.js'
import { renderStoredReceipt } from '../applications/receipt.service.js'
import { clientIp } from '../http/client-ip.js'
import { cookieOptions } from '../http/cookie-options.js'
import type { Deps } from '../deps.js'
import { formatChineseDateTime } from '../documents/format.js'
import type { AppEnv } from '../http/app-env.js'
import { isTokenShape } from '../crypto/tokens.js'
import { hashSessionToken, lookUp, recordBotAttempt } from './lookup.service.js'
import { createStatusPageCache } from './status-page-cache.js'
import { statusPageHtml } from './status-page.js'
import { createStampLoader } from './status-stamps.js'
import { withdrawRoutes } from './withdraw.routes.js'
import { lostCodeRoutes } from './lost-code.routes.js'
import { evidenceRoutes } from './evidence.routes.js'
import { recusalRoutes } from './recusal.js'
import { supplementRoutes } from '../supplements/supplement.routes.js'
import { deleteSession, touchSession } from './tracking.repository.js'

export const TRACK_COOKIE = 'zj_track'
/** SPEC §7: the applicant's session ends after 30 idle minutes. */
export const SESSION_IDLE_MS = 30 * 60_000
const GENERIC = '查询码或手机号码后 4 位不正确，请核对后重试'

export type TrackEnv = AppEnv & { Variables: { applicationId: string } }

export function trackingRoutes(deps: Deps) {
  const { secure } = cookieOptions(deps.config)
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
    const ip = clientIp(c, deps)
    if (String(body.website ?? '') !== '') {
      await recordBotAttempt(deps, ip)
      c.status(422)
      return renderLookup(c, values, { code: GENERIC })
    }
    if (!/^\d{4}$/.test(values.digits.normalize('NFKC'))) {
      c.status(422)
      return renderLookup(c, values, { digits: '请输入手机号码的后 4 位数字' })
    }
    const result = await lookUp(deps, {
      code: values.code,
      digits: values.digits.normalize('NFKC'),
      ip,
    })
    if (result.ok) {
      setCookie(c, TRACK_COOKIE, result.sessionToken, {
        path: '/track',
        httpOnly: true,
        sameSite: 'Lax',
        secure,
      })
      return c.redirect('/track/status', 303)
    }
    c.status(result.reason === 'locked' ? 429 : 422)
    const message =
      result.reason === 'format'
        ? result.message
        : result.reason === 'locked'
          ? `核对失败次数过多，查询已暂停，请于 ${formatChineseDateTime(result.until)} 后再试`
          : GENERIC
    return renderLookup(c, values, { code: message })
  })
  app.route('/lost', lostCodeRoutes(deps))
  app.use('/receipt', requireSession(deps))
  app.use('/withdraw', requireSession(deps))
  app.use('/supplement/*', requireSession(deps))
  app.use('/evidence/*', requireSession(deps))
  app.use('/documents/*', requireSession(deps))
  app.use('/recusal', requireSession(deps))
  app.route('/', recusalRoutes(deps))
  app.route('/', evidenceRoutes(deps))
  app.route('/supplement', supplementRoutes(deps))
  app.route('/withdraw', withdrawRoutes(deps))
  // The session check is the page's own first query here, so not behind requireSession.
  const kept = { pages: createStatusPageCache(), stamps: createStampLoader(deps.db) }
  app.get('/status', async (c) => {
    const token = sessionToken(c)
    const html = token
      ? await statusPageHtml(deps, kept, {
          tokenHash: hashSessionToken(token),
          ...idleWindow(deps),
          elderMode: c.get('elderMode'),
          csrfToken: c.get('csrfToken')(),
          renderPage: c.get('renderPage'),
        })
      : undefined
    return html === undefined ? endSession(c, deps, token) : c.html(html)
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
  app.post('/logout', async (c) => {
    const token = getCookie(c, TRACK_COOKIE)
    if (token) await deleteSession(deps.db, hashSessionToken(token))
    deleteCookie(c, TRACK_COOKIE, { path: '/track' })
    return c.redirect('/track', 303)
  })
  return app
}

/** Every page behind the lookup: a live session, which names the one application it may show. */
function requireSession(deps: Deps): MiddlewareHandler<TrackEnv> {
  return async (c, next) => {
    const token = sessionToken(c)
    const { now, idleSince } = idleWindow(deps)
    const id = token
      ? await touchSession(deps.db, hashSessionToken(token), idleSince, now)
      : undefined
    if (!id) return endSession(c, deps, token)
    c.set('applicationId', id)
    await next()
  }
}

/** The session cookie, if it has the shape of a token (anything else is never looked up). */
function sessionToken(c: Context<TrackEnv>): string | undefined {
  const token = getCookie(c, TRACK_COOKIE)
  return isTokenShape(token) ? token : undefined
}

/** SPEC §7: a session used before `idleSince` has ended. */
function idleWindow(deps: Deps): { now: Date; idleSince: Date } {
  const now = deps.clock.now()
  return { now, idleSince: new Date(now.getTime() - SESSION_IDLE_MS) }
}

/** An ended or unknown session: its row and cookie go, and the lookup page says why. */
async function endSession(c: Context<TrackEnv>, deps: Deps, token: string | undefined) {
  if (token) await deleteSession(deps.db, hashSessionToken(token))
  deleteCookie(c, TRACK_COOKIE, { path: '/track' })
  return c.redirect('/track?expired=1', 303)
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
