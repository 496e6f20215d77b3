import crypto from 'node:crypto'
import { CSRF_COOKIE, CSRF_FIELD, signCsrfNonce } from '../../src/http/csrf.js'
import { TEST_SECRETS } from './test-app.js'

/** A browser's CSRF cookie and the matching form token, as a page with a form would hand out. */
export function csrfPair(secret = TEST_SECRETS.APP_SECRET): { cookie: string; token: string } {
  const nonce = crypto.randomBytes(32).toString('base64url')
  return { cookie: `${CSRF_COOKIE}=${nonce}`, token: signCsrfNonce(secret, nonce) }
}

/** A urlencoded form post, the way a browser submits a plain <form method="post">. */
export function formPost(
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  }
}

export { CSRF_FIELD }

/** Text content of the first <h1>, tags stripped. */
export function h1Of(html: string): string | undefined {
  return /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim()
}

/** The messages of a page's error summary, in order (each links to its field). */
export function summaryErrors(html: string): (string | undefined)[] {
  return [...html.matchAll(/<li><a href="#field-[\w-]+">([^<]*)<\/a>/g)].map((m) => m[1])
}
