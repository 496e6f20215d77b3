import type { Context } from 'hono'
import { Hono } from 'hono'
import {
  CourtReplyPage,
  DecidePage,
  DraftPage,
  type DraftView,
} from '../../views/pages/staff/recommendation.js'
import { NotePage } from '../../views/pages/staff/review-decision-forms.js'
import { todayInChina } from '../calendar/calendar-date.js'
import type { Deps } from '../deps.js'
import { formatChineseDateTime } from '../../views/documents/kit/format.js'
import { AppError } from '../http/errors.js'
import type { InvalidForm } from '../http/form-validator.js'
import { staffRoute } from '../staff/staff-access.js'
import { actorOf } from '../staff/staff-actor.js'
import type { StaffEnv } from '../staff/staff-env.js'
import {
  actionRoutePair,
  caseUrl,
  EMPTY_FORM,
  headerOf,
  loadCase,
  parseForm,
  rolesFor,
} from './review-actions.context.js'
import { receiveCourtReply } from './recommendation-upload.js'
import { DecideSchema, DraftSchema, REPLY_OUTCOME_LABEL } from './recommendation.schema.js'
import { decideRecommendation, noDraftMessage, saveDraft } from './recommendation.service.js'
import { findDraft, findStaffName, type CaseSummary } from './review-actions.repository.js'
import { CourtExtensionSchema } from './review-actions.schema.js'
import { recordCourtExtension } from './review-actions-court-reply.service.js'

type C = Context<StaffEnv>

const draft = actionRoutePair('draft_recommendation', ['reviewer'])
const decide = actionRoutePair('decide_recommendation', rolesFor('decide_recommendation'))
const reply = actionRoutePair('record_court_reply', rolesFor('record_court_reply'))
const extension = actionRoutePair('court_extension', ['reviewer'])

export const RECOMMENDATION_ROUTES = {
  draftPage: draft.page,
  draft: draft.post,
  decidePage: decide.page,
  decide: decide.post,
  replyPage: reply.page,
  reply: reply.post,
  extensionPage: extension.page,
  extension: extension.post,
}

/** Matches the court-reply POST path, whose multipart body is streamed (src/app.ts). */
export const COURT_REPLY_UPLOAD_PATH =
  /^\/staff\/applications\/[0-9a-f-]{36}\/actions\/record_court_reply$/

const DRAFTING = { stages: ['under_review'], what: '起草检察建议' }
const EXTENDING = { stages: ['decided_recommendation'], what: '登记法院延长回复期限' }
const STATUS_LABEL = { drafted: '待院领导审批', approved: '已批准', returned: '已退回修改' }
const DECISIONS = [
  { value: 'approve', label: '批准提出检察建议' },
  { value: 'return', label: '退回承办检察官修改' },
]
const OUTCOMES = Object.entries(REPLY_OUTCOME_LABEL).map(([value, label]) => ({ value, label }))

/** 检察建议: the reviewer drafts, a leader decides, the court's reply and extension are recorded. */
export function recommendationRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  const page = (c: C, kase: CaseSummary, form: InvalidForm) => ({
    csrfToken: c.var.csrfToken(),
    header: headerOf(kase),
    ...form,
  })
  const title = (text: string, form: InvalidForm) => ({
    title: `${Object.keys(form.errors).length > 0 ? '错误：' : ''}${text}`,
  })

  const showDraft = async (c: C, kase: CaseSummary, form: InvalidForm) => {
    const current = await draftView(deps, kase.id)
    const values = Object.keys(form.values).length > 0 ? form.values : draftValues(current)
    return c.render(
      <DraftPage {...page(c, kase, { ...form, values })} draft={current} />,
      title('起草检察建议', form),
    )
  }
  staffRoute(app, draft.page, async (c) =>
    showDraft(c, await loadCase(deps, c, DRAFTING), EMPTY_FORM),
  )
  staffRoute(app, draft.post, async (c) => {
    const kase = await loadCase(deps, c, DRAFTING)
    const parsed = parseForm(DraftSchema, await c.req.parseBody())
    if (!parsed.ok) return unprocessable(c, () => showDraft(c, kase, parsed.form))
    await saveDraft(deps, actorOf(c, deps), kase.id, parsed.data)
    return c.redirect(caseUrl(kase.id, 'draft_recommendation'), 303)
  })

  const showDecide = async (c: C, kase: CaseSummary, form: InvalidForm) => {
    const status = (await findDraft(deps.db, kase.id))?.status
    if (status !== 'drafted') throw new AppError(409, 'conflict', noDraftMessage(status))
    const current = (await draftView(deps, kase.id))!
    return c.render(
      <DecidePage {...page(c, kase, form)} draft={current} decisions={DECISIONS} />,
      title('审批检察建议', form),
    )
  }
  staffRoute(app, decide.page, async (c) =>
    showDecide(c, await loadCase(deps, c, 'decide_recommendation'), EMPTY_FORM),
  )
  staffRoute(app, decide.post, async (c) => {
    const kase = await loadCase(deps, c, 'decide_recommendation')
    const parsed = parseForm(DecideSchema, await c.req.parseBody())
    if (!parsed.ok) return unprocessable(c, () => showDecide(c, kase, parsed.form))
    await decideRecommendation(deps, actorOf(c, deps), kase.id, parsed.data)
    return c.redirect(caseUrl(kase.id, 'decide_recommendation'), 303)
  })

  const showReply = (c: C, kase: CaseSummary, form: InvalidForm) =>
    c.render(
      <CourtReplyPage
        {...page(c, kase, form)}
        outcomes={OUTCOMES}
        today={todayInChina(deps.clock.now())}
      />,
      title('登记法院回复', form),
    )
  staffRoute(app, reply.page, async (c) =>
    showReply(c, await loadCase(deps, c, 'record_court_reply'), EMPTY_FORM),
  )
  staffRoute(app, reply.post, async (c) => {
    const kase = await loadCase(deps, c, 'record_court_reply')
    const invalid = await receiveCourtReply(deps, c, kase)
    if (invalid) return unprocessable(c, () => showReply(c, kase, invalid))
    return c.redirect(caseUrl(kase.id, 'record_court_reply'), 303)
  })

  const showExtension = (c: C, kase: CaseSummary, form: InvalidForm) =>
    c.render(
      <NotePage
        {...page(c, kase, form)}
        title="登记法院延长回复期限"
        action="court_extension"
        name="note"
        label="法院报告延长的情况"
        hint="例如法院来函的日期和文号；法院回复期限延长一个月（两高规定 第十三条），只能延长一次"
        submit="登记延长"
      />,
      title('登记法院延长回复期限', form),
    )
  staffRoute(app, extension.page, async (c) =>
    showExtension(c, await loadCase(deps, c, EXTENDING), EMPTY_FORM),
  )
  staffRoute(app, extension.post, async (c) => {
    const kase = await loadCase(deps, c, EXTENDING)
    const parsed = parseForm(CourtExtensionSchema, await c.req.parseBody())
    if (!parsed.ok) return unprocessable(c, () => showExtension(c, kase, parsed.form))
    await recordCourtExtension(deps, actorOf(c, deps), kase.id, parsed.data)
    return c.redirect(caseUrl(kase.id, 'court_extension'), 303)
  })
  return app
}

function unprocessable(c: C, render: () => Response | Promise<Response>) {
  c.status(422)
  return render()
}

async function draftView(deps: Deps, applicationId: string): Promise<DraftView | undefined> {
  const d = await findDraft(deps.db, applicationId)
  if (!d) return undefined
  return {
    courtName: d.court_name,
    violations: d.violations,
    recommendation: d.recommendation,
    legalBasis: d.legal_basis,
    statusLabel: STATUS_LABEL[d.status],
    draftedBy: (await findStaffName(deps.db, d.drafted_by)) ?? '',
    draftedAt: formatChineseDateTime(d.drafted_at),
    returnComment: d.status === 'returned' ? (d.return_comment ?? undefined) : undefined,
    decidedBy: await findStaffName(deps.db, d.decided_by),
  }
}

function draftValues(d: DraftView | undefined) {
  if (!d) return {}
  return {
    courtName: d.courtName,
    violations: d.violations,
    recommendation: d.recommendation,
    legalBasis: d.legalBasis,
  }
}
