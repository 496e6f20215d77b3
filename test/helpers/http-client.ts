import http from 'node:http'
import https from 'node:https'
import type { App } from '../../src/app.js'
import { CSRF_COOKIE, CSRF_COOKIE_HTTPS } from '../../src/http/csrf.js'

export type HttpTarget = {
  /** http://127.0.0.1:PORT or https://127.0.0.1:PORT */
  base: string
  /** the certificate to trust for https (self-signed in tests) */
  ca?: string
  /** the client's own address (any 127.x.y.z on Linux): what a proxy appends to X-Forwarded-For */
  localAddress?: string
  /** sent with every request, e.g. a forged X-Forwarded-For */
  headers?: Record<string, string>
  /** the server's PUBLIC_BASE_URL is https: its CSRF cookie is __Host-zj_csrf */
  secureCookies?: boolean
}

/**
 * A real HTTP client with the one method TestBrowser uses (`request(path, init)`), so the same
 * helpers that drive `app.request()` drive a server process, or nginx in front of several.
 * Redirects are not followed; the body is read whole.
 */
export function httpApp(target: HttpTarget): App {
  return {
    request: (path: string, init?: RequestInit) => send(target, path, init),
    csrfCookie: target.secureCookies ? CSRF_COOKIE_HTTPS : CSRF_COOKIE,
  } as unknown as App
}

export async function send(target: HttpTarget, path: string, init: RequestInit = {}) {
  const url = new URL(path, target.base)
  // A Request turns FormData and URLSearchParams into bytes with their content type.
  const normalised = new Request(url, { ...init, redirect: 'manual' })
  const body = init.body ? Buffer.from(await normalised.arrayBuffer()) : undefined
  const headers: Record<string, string> = { ...target.headers }
  normalised.headers.forEach((v, k) => (headers[k] = v))
  if (body) headers['content-length'] = String(body.length)
  const client = url.protocol === 'https:' ? https : http
  return new Promise<Response>((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: normalised.method,
        headers,
        ...(target.ca ? { ca: target.ca, servername: 'zhijian.test' } : {}),
        ...(target.localAddress ? { localAddress: target.localAddress } : {}),
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('error', reject)
        res.on('end', () => {
          const out = new Headers()
          for (const [k, v] of Object.entries(res.headers)) {
            for (const x of [v ?? []].flat()) out.append(k, x)
          }
          const status = res.statusCode ?? 0
          const nullBody = status === 204 || status === 304 || normalised.method === 'HEAD'
          resolve(new Response(nullBody ? null : Buffer.concat(chunks), { status, headers: out }))
        })
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}
