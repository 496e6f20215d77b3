import type { MiddlewareHandler } from 'hono'
import { Hono } from 'hono'
import { draftRoutes } from './applications/draft.routes.js'
import { materialsRoutes, UPLOAD_PATH } from './applications/materials.routes.js'
import { selfCheckRoutes } from './applications/self-check.routes.js'
import { submissionRoutes } from './applications/submission.routes.js'
import { verifyRoutes } from './applications/verify.routes.js'
import { SUPPLEMENT_UPLOAD_PATH } from './supplements/supplement.routes.js'
import { EVIDENCE_UPLOAD_PATH } from './tracking/evidence.routes.js'
import { COURT_REPLY_UPLOAD_PATH } from './actions/court-reply-upload.js'
import { trackingRoutes } from './tracking/tracking.routes.js'
import { wizardRoutes } from './applications/wizard.routes.js'
import type { Deps } from './deps.js'
import { healthRoutes } from './health/health.routes.js'
import type { AppEnv } from './http/app-env.js'
import { cookieOptions } from './http/cookie-options.js'
import { createCsrf } from './http/csrf.js'
import { displayModeRoutes } from './http/display-mode.js'
import { errorHandlers } from './http/error-handler.js'
import { pageRenderer, type PageKit } from './http/render.js'
import { requestContext } from './http/request-context.js'
import { limitBody, securityHeaderList } from './http/security.js'
import { createStaticAssets } from './http/static-assets.js'
import { publicPagesRoutes } from './public/public-pages.routes.js'
import { staffRoutes } from './staff/staff.routes.js'

export type App = Hono<AppEnv>

/** The middleware order is the security model; read it top to bottom. */
export function createApp(deps: Deps): App {
  const https = cookieOptions(deps.config).secure
  const assets = createStaticAssets()
  const kit: PageKit = { assets: assets.urls, siteSettings: deps.siteSettings }
  const csrf = createCsrf(deps.config.appSecret, { secureCookie: https })
  const { onError, notFound } = errorHandlers(kit)

  const app = new Hono<AppEnv>()
  app.onError(onError)
  app.notFound(notFound)

  app.use(
    requestContext(deps.logger, {
      trustProxy: deps.config.trustProxy,
      baseHeaders: securityHeaderList({ https }),
    }),
  )

  // Probes, static files and the pre-rendered public pages take no form and set no cookie: they need
  // neither the form middleware nor the renderer. Other methods on these paths fall through to them.
  app.route('/', healthRoutes(deps.db))
  app.route('/assets', assets.routes)
  app.route('/', publicPagesRoutes(deps.siteSettings, assets.urls))

  app.use(
    limitBody({
      streamingUploadPaths: [
        UPLOAD_PATH,
        SUPPLEMENT_UPLOAD_PATH,
        EVIDENCE_UPLOAD_PATH,
        COURT_REPLY_UPLOAD_PATH,
      ],
    }),
  )
  app.use(csrf.verifyCsrf)
  app.use(loadSiteSettings(deps))
  app.use(pageRenderer(kit))

  app.route('/display-mode', displayModeRoutes({ secureCookie: https }))
  app.route('/apply', selfCheckRoutes())
  app.route('/apply', draftRoutes(deps))
  app.route('/apply', wizardRoutes(deps))
  app.route('/apply', materialsRoutes(deps))
  app.route('/apply', submissionRoutes(deps))
  app.route('/verify', verifyRoutes(deps))
  app.route('/track', trackingRoutes(deps))
  app.route('/', staffRoutes(deps))
  return app
}

function loadSiteSettings(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const stale = deps.siteSettings.refreshIfStale()
    if (stale) await stale
    c.set('site', deps.siteSettings.current())
    await next()
  }
}
