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
import { EXCHANGE_LOG_UPLOAD_PATH } from './exchange/log/exchange-log-upload.js'
import { SERVICE_UPLOAD_PATH } from './actions/service-upload.js'
import { SEAL_UPLOAD_PATH } from './staff/admin/seal/seal.routes.js'
import { REFERENCE_UPLOAD_PATH } from './staff/admin/reference-lists/reference-lists.routes.js'
import { EXCHANGE_UPLOAD_PATH } from './exchange/import/exchange-import.routes.js'
import { COLLAB_UPLOAD_PATHS } from './collaboration/collab.routes.js'
import { REPLY_UPLOAD_PATH } from './recommendations/reply-upload.js'
import { HANDED_DOWN_UPLOAD_PATH } from './handed-down/handed-down-upload.js'
import { trackingRoutes } from './tracking/tracking.routes.js'
import { wizardRoutes } from './applications/wizard.routes.js'
import type { Deps } from './deps.js'
import { healthRoutes } from './health/health.routes.js'
import type { AppEnv } from './http/app-env.js'
import { bodyIdleTimeout } from './http/body-idle.js'
import { limitUploadConcurrency } from './abuse/upload-concurrency.js'
import { cookieOptions } from './http/cookie-options.js'
import { createCsrf } from './http/csrf.js'
import { displayModeRoutes } from './http/display-mode.js'
import { errorHandlers } from './http/error-handler.js'
import { pageRenderer, type PageKit } from './http/render.js'
import { requestContext } from './http/request-context.js'
import { readFormBodies } from './http/form-body.js'
import { limitBody, securityHeaderList, streamingUploadMatcher } from './http/security.js'
import { createStaticAssets } from './http/static-assets.js'
import { publicPagesRoutes } from './public/public-pages.routes.js'
import { staffRoutes } from './staff/staff.routes.js'

export type App = Hono<AppEnv>

/** Routes whose multipart bodies are streamed to the file store, never buffered or parsed whole. */
export const STREAMING_UPLOAD_PATHS: readonly (string | RegExp)[] = [
  UPLOAD_PATH,
  SUPPLEMENT_UPLOAD_PATH,
  EVIDENCE_UPLOAD_PATH,
  COURT_REPLY_UPLOAD_PATH,
  EXCHANGE_LOG_UPLOAD_PATH,
  SERVICE_UPLOAD_PATH,
  SEAL_UPLOAD_PATH,
  REFERENCE_UPLOAD_PATH,
  EXCHANGE_UPLOAD_PATH,
  ...COLLAB_UPLOAD_PATHS,
  REPLY_UPLOAD_PATH,
  HANDED_DOWN_UPLOAD_PATH,
]

/** The middleware order is the security model; read it top to bottom. */
export function createApp(deps: Deps): App {
  const https = cookieOptions(deps.config).secure
  const assets = createStaticAssets()
  const kit: PageKit = {
    assets: assets.urls,
    siteSettings: deps.siteSettings,
    calendar: deps.calendar,
    clock: deps.clock,
  }
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

  const streamingUpload = streamingUploadMatcher(STREAMING_UPLOAD_PATHS)
  app.use(limitUploadConcurrency(streamingUpload, deps.config))
  app.use(
    bodyIdleTimeout(streamingUpload, {
      idleMs: deps.config.uploadIdleTimeoutMs,
      minBytesPerSecond: deps.config.uploadMinBytesPerSecond,
    }),
  )
  app.use(limitBody({ streamingUploadPaths: STREAMING_UPLOAD_PATHS }))
  app.use(readFormBodies(streamingUpload))
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

/** Settings and calendar overrides another process may have changed: re-read after a minute. */
function loadSiteSettings(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const stale = deps.siteSettings.refreshIfStale()
    if (stale) await stale
    const calendar = deps.calendar.refreshIfStale()
    if (calendar) await calendar
    c.set('site', deps.siteSettings.current())
    await next()
  }
}
