import type { MiddlewareHandler } from 'hono'
import { Hono } from 'hono'
import type { Deps } from './deps.js'
import { healthRoutes } from './health/health.routes.js'
import type { AppEnv } from './http/app-env.js'
import { createCsrf } from './http/csrf.js'
import { displayModeRoutes, readDisplayMode } from './http/display-mode.js'
import { errorHandlers } from './http/error-handler.js'
import { pageRenderer, type PageKit } from './http/render.js'
import { requestContext } from './http/request-context.js'
import { limitBody, noStoreByDefault, securityHeaders } from './http/security.js'
import { createStaticAssets } from './http/static-assets.js'
import { publicPagesRoutes } from './public/public-pages.routes.js'

export type App = Hono<AppEnv>

/** The middleware order is the security model; read it top to bottom. */
export function createApp(deps: Deps): App {
  const https = deps.config.publicBaseUrl.startsWith('https://')
  const assets = createStaticAssets()
  const kit: PageKit = { assets: assets.urls, siteSettings: deps.siteSettings }
  const csrf = createCsrf(deps.config.appSecret, { secureCookie: https })
  const { onError, notFound } = errorHandlers(kit)

  const app = new Hono<AppEnv>()
  app.onError(onError)
  app.notFound(notFound)

  app.use(requestContext(deps.logger, { trustProxy: deps.config.trustProxy }))
  app.use(securityHeaders({ https }))
  app.use(noStoreByDefault)
  app.use(readDisplayMode)

  // Probes and static files need neither a form token nor the database's site settings.
  app.route('/', healthRoutes(deps.db))
  app.route('/assets', assets.routes)

  app.use(limitBody())
  app.use(csrf.verifyCsrf)
  app.use(loadSiteSettings(deps))
  app.use(pageRenderer(kit))

  app.route('/display-mode', displayModeRoutes({ secureCookie: https }))
  app.route('/', publicPagesRoutes(deps.siteSettings, assets.urls))
  return app
}

function loadSiteSettings(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await deps.siteSettings.refreshIfStale()
    c.set('site', deps.siteSettings.current())
    await next()
  }
}
