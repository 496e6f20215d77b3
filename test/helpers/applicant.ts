import type { App } from '../../src/app.js'
import type { ApplicationRow } from '../../src/applications/application.table.js'
import type { Db } from '../../src/db/database.js'
import { CSRF_COOKIE, signCsrfNonce } from '../../src/http/csrf.js'
import { CSRF_FIELD, csrfPair } from './http.js'
import { TEST_SECRETS } from './test-app.js'

/**
 * A browser for app.request(): keeps cookies between requests and sends every form with the CSRF
 * token a page would have handed out, the way the pages' own forms do.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>()
  /** A server with an https PUBLIC_BASE_URL names it __Host-zj_csrf (test/helpers/http-client.ts). */
  private readonly csrfCookie: string

  constructor(private readonly app: App) {
    this.csrfCookie = (app as { csrfCookie?: string }).csrfCookie ?? CSRF_COOKIE
    const { cookie } = csrfPair()
    this.cookies.set(this.csrfCookie, cookie.split('=')[1]!)
  }

  /** The token a page would show for this browser's current CSRF cookie (it is renewed at sign-in). */
  get token(): string {
    return signCsrfNonce(TEST_SECRETS.APP_SECRET, this.cookies.get(this.csrfCookie) ?? '')
  }

  async get(path: string): Promise<Response> {
    return this.keep(await this.app.request(path, { headers: { cookie: this.cookieHeader() } }))
  }

  async post(path: string, fields: Record<string, string | string[]>): Promise<Response> {
    const body = new URLSearchParams()
    body.append(CSRF_FIELD, this.token)
    for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x)
    return this.keep(
      await this.app.request(path, {
        method: 'POST',
        headers: {
          cookie: this.cookieHeader(),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: body.toString(),
      }),
    )
  }

  /** A multipart upload: the token travels in the query string, as the Form component puts it. */
  async upload(path: string, form: FormData): Promise<Response> {
    const sep = path.includes('?') ? '&' : '?'
    return this.keep(
      await this.app.request(`${path}${sep}${CSRF_FIELD}=${encodeURIComponent(this.token)}`, {
        method: 'POST',
        headers: { cookie: this.cookieHeader() },
        body: form,
      }),
    )
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  private keep(res: Response): Response {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';')
      const [name, value] = pair!.split('=') as [string, string]
      const expired = attrs.some((a) => /max-age=0/i.test(a))
      if (expired || value === '') this.cookies.delete(name.trim())
      else this.cookies.set(name.trim(), value)
    }
    return res
  }
}

/** Valid answers for every wizard step, as a person would type them. */
export const VALID_STEPS: [string, Record<string, string | string[]>][] = [
  ['applicant-type', { applicantType: 'person' }],
  [
    'person',
    {
      name: '张秀英',
      idType: '居民身份证',
      idNumber: '11010519491231002x',
      ethnicity: '汉族',
      occupation: '退休',
      address: '河南省平顶山市卫东区建设路 1 号',
    },
  ],
  [
    'contact',
    {
      mobile: '+86 138-1234-5678',
      email: 'zhang.xiuying@example.cn',
      role: '申请执行人',
      electronicService: 'yes',
    },
  ],
  ['agent', { hasAgent: 'no' }],
  [
    'parties',
    {
      'parties.0.name': '平顶山某某商贸有限公司',
      'parties.0.role': '被执行人',
      'parties.0.contact': '',
    },
  ],
  ['case', { court: '豫0403', caseNumber: '(2023)豫0403执123号', knownDate: '2026-03-18' }],
  [
    'complaint',
    {
      matters: ['消极执行、拖延执行', '执行款物未及时发放'],
      facts:
        '2023 年 5 月法院立案执行后，已查封被执行人的账户，但至今一年多没有任何进展，执行款也没有发放给我。',
      request: '请检察院依法监督法院及时执行并发放执行款。',
      courtRemedy: '未提出',
      noRemedyReason: '法院一直没有作出可以提出异议的裁定。',
    },
  ],
]

export const SELF_CHECK = {
  role: 'applicant_for_enforcement',
  court: '豫0403',
  about: 'enforcement',
  remedy: 'not_applicable',
}

/** The whole wizard with valid answers, three real files and the declaration; returns the code. */
export async function submitApplication(
  app: App,
  files: { pdf: Uint8Array; png: Uint8Array },
  steps: [string, Record<string, string | string[]>][] = VALID_STEPS,
): Promise<string> {
  const browser = new TestBrowser(app)
  await browser.post('/apply/start', SELF_CHECK)
  return completeWizard(browser, files, steps)
}

/** VALID_STEPS with other answers on the contact page (no email, no consent to electronic service). */
export function withContact(
  contact: Record<string, string>,
): [string, Record<string, string | string[]>][] {
  return VALID_STEPS.map(([step, fields]) =>
    step === 'contact' ? [step, { ...fields, ...contact }] : [step, fields],
  )
}

/** Every wizard step after the draft was started (online, or by staff at the counter). */
export async function completeWizard(
  browser: TestBrowser,
  files: { pdf: Uint8Array; png: Uint8Array },
  steps: [string, Record<string, string | string[]>][] = VALID_STEPS,
): Promise<string> {
  for (const [step, fields] of steps) await browser.post(`/apply/step/${step}`, fields)
  for (const [slot, file] of [
    ['identity', new File([new Uint8Array(files.png)], '身份证.png')],
    ['legal_documents', new File([new Uint8Array(files.pdf)], '执行裁定书.pdf')],
  ] as const) {
    const form = new FormData()
    form.append(`file-${slot}`, file)
    await browser.upload(`/apply/materials/upload?slot=${slot}`, form)
  }
  await browser.post('/apply/materials', { generateLetter: 'yes' })
  const submitted = await browser.post('/apply/submit', { declaration: 'yes' })
  if (submitted.headers.get('location') !== '/apply/confirmation')
    throw new Error('submission failed')
  const page = await (await browser.get('/apply/confirmation')).text()
  return /data-testid="tracking-code">([\w-]+)</.exec(page)![1]!
}

/** The id of the application a tracking code (with or without its hyphens) names. */
export async function applicationIdOf(db: Db, code: string): Promise<string> {
  return (await applicationOf(db, code, ['id'])).id
}

/** The named columns of the application a tracking code (with or without its hyphens) names. */
export async function applicationOf<K extends keyof ApplicationRow & string>(
  db: Db,
  code: string,
  columns: readonly K[],
): Promise<Pick<ApplicationRow, K>> {
  const row = await db
    .selectFrom('applications')
    .select(columns)
    .where('tracking_code', '=', code.replace(/-/g, ''))
    .executeTakeFirstOrThrow()
  // kysely cannot map a generic column list to its row type; the columns selected are exactly K
  return row as unknown as Pick<ApplicationRow, K>
}
