import type { Child } from 'hono/jsx'
import type { Logger } from '../logging/logger.js'
import type { SiteView } from '../site/site-view.js'
import type { StaffUser } from '../staff/staff-env.js'

export type AppEnv = {
  Variables: {
    requestId: string
    logger: Logger
    /** 长辈模式: larger text, more contrast and spacing (cookie, works without JavaScript) */
    elderMode: boolean
    site: SiteView
    /** the form token for this browser (sets the CSRF cookie on first use); put it in every POST form */
    csrfToken: () => string
    /** a new CSRF cookie for this browser (at sign-in: a nonce planted before it is worth nothing) */
    renewCsrf: () => void
    /** the page inside the layout as an HTML document (what c.render sends), for routes that keep it */
    renderPage: (content: Child, title: string) => Promise<string>
    /** the signed-in staff member, on /staff pages with a live session */
    staff?: StaffUser
    /** that session's cookie token (for logout and rotation) */
    staffToken?: string
  }
}
