import type { Context } from 'hono'
import { Hono } from 'hono'
import { LeadDetailPage } from '../../views/pages/staff/leads/lead-detail.js'
import { LeadRulePage, LeadRulesPage } from '../../views/pages/staff/leads/lead-rules.js'
import { LeadsPage } from '../../views/pages/staff/leads/leads-list.js'
import type { Deps } from '../deps.js'
import { hasErrors, parseForm, type FormErrors, type FormValues } from '../http/form.js'
import { staffRoute, type StaffRouteDef } from '../staff/staff-access.js'
import { actorOf } from '../staff/staff-actor.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { decideLead } from './lead-decision.service.js'
import {
  INVALID_REASONS,
  LeadDecisionSchema,
  LeadFilterSchema,
  VALID_REASONS,
} from './lead.schema.js'
import { leadDetail, listLeads } from './lead-view.service.js'
import { rulePage, rulesOverview } from './rule-page.service.js'
import { caseOfLead } from '../ex-officio/ex-officio-view.service.js'
import { InquirySchema } from './inquiry/inquiry.schema.js'
import { inquiriesOf, inquiryPdf, issueInquiry } from './inquiry/inquiry.service.js'
import { loadLeadSettings } from './lead-settings.js'
import { INQUIRY_REPLY_DAYS } from './rules/index.js'

/** Who works leads: reviewers judge them, leaders see and judge them; intake, admin and auditor do not. */
const LEAD_ROLES = ['reviewer', 'leader'] as const

export const LEAD_ROUTES = {
  list: { method: 'GET', path: '/staff/leads', access: LEAD_ROLES },
  rules: { method: 'GET', path: '/staff/leads/rules', access: LEAD_ROLES },
  rule: { method: 'GET', path: '/staff/leads/rules/:ruleId', access: LEAD_ROLES },
  lead: { method: 'GET', path: '/staff/leads/:leadId', access: LEAD_ROLES },
  decide: { method: 'POST', path: '/staff/leads/:leadId/decision', access: LEAD_ROLES },
  inquire: { method: 'POST', path: '/staff/leads/:leadId/inquiries', access: LEAD_ROLES },
  inquiryPdf: {
    method: 'GET',
    path: '/staff/leads/:leadId/inquiries/:inquiryId',
    access: LEAD_ROLES,
  },
} as const satisfies Record<string, StaffRouteDef>

const FILTERS = ['rule', 'court', 'batch', 'severity', 'status'] as const
const REASONS = [
  ...VALID_REASONS.filter((r) => r !== '其他').map((r) => ({ value: r, label: `（有效）${r}` })),
  ...INVALID_REASONS.filter((r) => r !== '其他').map((r) => ({ value: r, label: `（无效）${r}` })),
  { value: '其他', label: '其他（请在说明中写明）' },
]
const NOTICES: Record<string, string> = {
  decided: '初筛结论已保存。',
  inquired: '说明案件执行情况通知书已编号发出，可下载 PDF 送达法院。',
}

export function leadRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, LEAD_ROUTES.list, async (c) => {
    const raw = c.req.query()
    const values = Object.fromEntries(FILTERS.map((k) => [k, raw[k]]))
    const parsed = parseForm(LeadFilterSchema, raw)
    const filterQuery = new URLSearchParams(
      Object.entries(values).filter((e): e is [string, string] => !!e[1]),
    ).toString()
    const list = parsed.ok ? await listLeads(deps, parsed.data) : undefined
    if (!parsed.ok) c.status(422)
    const options = list?.options ?? (await listLeads(deps, {})).options
    const errors = parsed.ok ? {} : parsed.form.errors
    return c.render(
      <LeadsPage
        values={values}
        errors={errors}
        list={list}
        options={options}
        filterQuery={filterQuery}
        firstPage={!raw.after}
      />,
      { title: '监督线索', invalid: hasErrors(errors) },
    )
  })
  staffRoute(app, LEAD_ROUTES.rules, async (c) =>
    c.render(<LeadRulesPage {...await rulesOverview(deps)} />, { title: '线索规则' }),
  )
  staffRoute(app, LEAD_ROUTES.rule, async (c) => {
    const after = c.req.query('after')
    const data = await rulePage(
      deps,
      c.req.param('ruleId')!,
      after && /^[0-9a-f-]{36}$/.test(after) ? after : undefined,
    )
    return c.render(<LeadRulePage {...data} />, { title: `${data.rule.id} ${data.rule.name}` })
  })
  staffRoute(app, LEAD_ROUTES.lead, async (c) =>
    renderLead(deps, c, {}, {}, NOTICES[c.req.query('done') ?? '']),
  )
  staffRoute(app, LEAD_ROUTES.decide, async (c) => {
    const body = await c.req.parseBody()
    const parsed = parseForm(LeadDecisionSchema, body)
    if (!parsed.ok) {
      c.status(422)
      return renderLead(deps, c, parsed.form.values, parsed.form.errors)
    }
    const id = c.req.param('leadId')!
    await decideLead(deps, actorOf(c, deps), id, parsed.data)
    return c.redirect(`/staff/leads/${id}?done=decided`, 303)
  })
  staffRoute(app, LEAD_ROUTES.inquire, async (c) => {
    const parsed = parseForm(InquirySchema, await c.req.parseBody())
    if (!parsed.ok) {
      c.status(422)
      return renderLead(deps, c, parsed.form.values, parsed.form.errors)
    }
    const id = c.req.param('leadId')!
    await issueInquiry(deps, actorOf(c, deps), id, parsed.data.questions)
    return c.redirect(`/staff/leads/${id}?done=inquired`, 303)
  })
  staffRoute(app, LEAD_ROUTES.inquiryPdf, async (c) => {
    const pdf = await inquiryPdf(deps, c.req.param('leadId')!, c.req.param('inquiryId')!)
    c.header('Content-Type', 'application/pdf')
    c.header('Content-Disposition', `inline; filename="inquiry.pdf"`)
    return c.body(new Uint8Array(pdf))
  })
  return app
}

async function renderLead(
  deps: Deps,
  c: Context<StaffEnv>,
  values: FormValues,
  errors: FormErrors,
  notice?: string,
) {
  const lead = await leadDetail(deps, c.req.param('leadId')!)
  const exCase = await caseOfLead(deps, lead.id)
  return c.render(
    <LeadDetailPage
      csrfToken={c.var.csrfToken()}
      lead={lead}
      mayDecide={lead.status !== 'cleared' && !exCase}
      reasons={REASONS}
      exCase={exCase}
      inquiries={await inquiriesOf(deps, lead.id)}
      inquiryDays={(await loadLeadSettings(deps.db)).thresholds[INQUIRY_REPLY_DAYS.key]!}
      values={values}
      errors={errors}
      notice={notice}
    />,
    { title: `线索 ${lead.caseNo}`, invalid: hasErrors(errors) },
  )
}
