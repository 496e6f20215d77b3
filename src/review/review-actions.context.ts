import type { Context } from 'hono'
import type { z } from 'zod'
import type { CaseHeader } from '../../views/pages/staff/review-action.js'
import type { Deps } from '../deps.js'
import { AppError } from '../http/errors.js'
import { toFormErrors, type InvalidForm, type FormValues } from '../http/form-validator.js'
import { STAFF_ROLES, type StaffRole } from '../staff/staff-account.table.js'
import type { StaffRouteDef } from '../staff/staff-access.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { formatTrackingCode } from '../tracking/tracking-code.js'
import { STAGE_TEXT } from '../workflow/stages.js'
import { canTransition, TRANSITIONS, type Action } from '../workflow/transitions.js'
import { findCaseSummary, type CaseSummary } from './review-actions.repository.js'

/** The staff roles the stage table lets take `action` (SPEC §9), for the route table. */
export function rolesFor(action: Action): StaffRole[] {
  const actors = new Set(TRANSITIONS.filter((t) => t.action === action).flatMap((t) => t.by))
  return STAFF_ROLES.filter((r) => actors.has(r))
}

/** GET form + POST for `/staff/applications/:id/actions/<name>`. */
export function actionRoutePair(name: string, access: readonly StaffRole[]) {
  const path = `/staff/applications/:id/actions/${name}`
  const page: StaffRouteDef = { method: 'GET', path, access }
  const post: StaffRouteDef = { method: 'POST', path, access }
  return { page, post }
}

/**
 * The application an action page is about. A stage-changing action that the stage or the person's
 * roles do not allow is refused here, before any form is shown, with the reason (409).
 */
export async function loadCase(
  deps: Deps,
  c: Context<StaffEnv>,
  check: Action | { stages: readonly string[]; what: string },
): Promise<CaseSummary> {
  const app = await findCaseSummary(deps.db, c.req.param('id') ?? '')
  if (!app) throw new AppError(404, 'not_found', '没有找到这件申请。')
  const current = `当前状态为“${STAGE_TEXT[app.stage].label}”`
  if (typeof check === 'string') {
    const allowed = canTransition(app.stage, check, c.var.staff!.roles)
    if (!allowed.ok) throw new AppError(409, 'conflict', `${allowed.reason}。`)
  } else if (!check.stages.includes(app.stage)) {
    throw new AppError(409, 'conflict', `${current}，不能${check.what}。`)
  }
  return app
}

export function headerOf(app: CaseSummary): CaseHeader {
  return {
    id: app.id,
    trackingCode: formatTrackingCode(app.tracking_code),
    applicantName: app.applicant_name,
    courtName: app.court_name,
    caseNumber: app.case_number,
    stageLabel: STAGE_TEXT[app.stage].label,
    version: app.version,
  }
}

export const EMPTY_FORM: InvalidForm = { values: {}, errors: {} }

/** Parses a urlencoded form with `schema`; on failure the caller re-renders with 422. */
export function parseForm<S extends z.ZodType>(
  schema: S,
  body: Record<string, unknown>,
): { ok: true; data: z.output<S> } | { ok: false; form: InvalidForm } {
  const result = schema.safeParse(body)
  if (result.success) return { ok: true, data: result.data }
  return {
    ok: false,
    form: { values: textValues(body), errors: toFormErrors(result.error.issues) },
  }
}

function textValues(body: Record<string, unknown>): FormValues {
  const values: FormValues = {}
  for (const [key, value] of Object.entries(body))
    if (typeof value === 'string') values[key] = value
  return values
}

/** Back to the application page, which confirms what was done (REVIEW_DONE_NOTICES). */
export const caseUrl = (id: string, done: string) => `/staff/applications/${id}?done=${done}`

/** The confirmation the application page shows after each review action. */
export const REVIEW_DONE_NOTICES: Record<string, string> = {
  start_review: '承办检察官已确定，案件进入审查。申请人查询进度时可以看到其姓名。',
  suspend: '已中止审查，中止审查决定书已发给申请人。审查期限暂停计算。',
  resume: '已恢复审查。中止的天数不计入审查期限，新的审查期限见“期限”。',
  escalate: '已报请上级院办理，审查期限停止计算。',
  decide_not_supported: '已作出不支持监督申请决定，决定书已发给申请人。',
  terminate: '已终结审查，终结审查决定书已发给申请人。',
  close: '本案已办结。',
  draft_recommendation: '检察建议稿已保存，等待院领导审批。',
  decide_recommendation: '审批意见已保存。',
  record_court_reply: '法院回复已登记，回复意见函已存入材料。',
  court_extension: '法院延长回复期限已登记，新的回复期限见“期限”。',
}
