import type { Context } from 'hono'
import { Hono } from 'hono'
import type { z } from 'zod'
import { StartReviewPage } from '../../views/pages/staff/review-action.js'
import {
  EscalatePage,
  GroundPage,
  NotePage,
  NotSupportedPage,
} from '../../views/pages/staff/review-decision-forms.js'
import type { Deps } from '../deps.js'
import type { InvalidForm } from '../http/form-validator.js'
import { staffRoute, type StaffRouteDef } from '../staff/staff-access.js'
import { actorOf } from '../staff/staff-actor.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { ACTION_LABEL, type Action } from '../workflow/transitions.js'
import {
  actionRoutePair,
  caseUrl,
  EMPTY_FORM,
  headerOf,
  loadCase,
  parseForm,
  rolesFor,
} from './review-actions.context.js'
import type { CaseSummary } from './review-actions.repository.js'
import { findReviewers } from './case.repository.js'
import {
  CloseSchema,
  ESCALATE_REASON_LABEL,
  EscalateSchema,
  NotSupportedSchema,
  ResumeSchema,
  StartReviewSchema,
  SUSPEND_GROUND_LABEL,
  SuspendSchema,
  TERMINATE_GROUND_LABEL,
  TerminateSchema,
} from './review-actions.schema.js'
import {
  closeCase,
  decideNotSupported,
  escalateCase,
  resumeReview,
  startReview,
  suspendReview,
  terminateReview,
} from './review-actions.service.js'
import type { StaffActor } from '../staff/staff-actor.js'

type C = Context<StaffEnv>
type Page = { csrfToken: string; header: ReturnType<typeof headerOf> } & InvalidForm

/** One stage-changing action: its form, its schema and the service that does it. */
type Spec = {
  schema: z.ZodType
  render: (deps: Deps, c: C, page: Page, app: CaseSummary) => unknown
  run: (deps: Deps, actor: StaffActor, app: CaseSummary, data: never) => Promise<unknown>
}

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

const SPECS: Partial<Record<Action, Spec>> = {
  start_review: {
    schema: StartReviewSchema,
    render: async (deps, _c, page) => {
      const reviewers = await findReviewers(deps.db)
      return (
        <StartReviewPage
          {...page}
          reviewers={reviewers.map((r) => ({ value: r.id, label: r.display_name }))}
        />
      )
    },
    run: (deps, actor, app, data) => startReview(deps, actor, app.id, data),
  },
  suspend: {
    schema: SuspendSchema,
    render: (_d, _c, page) => (
      <GroundPage {...page} kind="suspend" grounds={options(SUSPEND_GROUND_LABEL)} />
    ),
    run: (deps, actor, app, data) => suspendReview(deps, actor, app.id, data),
  },
  resume: {
    schema: ResumeSchema,
    render: (_d, _c, page) => (
      <NotePage
        {...page}
        title="恢复审查"
        action="resume"
        name="note"
        label="恢复审查的理由"
        hint="写明中止的原因如何消除；中止期间的天数不计入审查期限，审查期限相应顺延"
        submit="恢复审查"
      />
    ),
    run: (deps, actor, app, data) => resumeReview(deps, actor, app.id, data),
  },
  escalate: {
    schema: EscalateSchema,
    render: (_d, _c, page) => <EscalatePage {...page} reasons={options(ESCALATE_REASON_LABEL)} />,
    run: (deps, actor, app, data) => escalateCase(deps, actor, app.id, data),
  },
  decide_not_supported: {
    schema: NotSupportedSchema,
    render: (_d, _c, page) => <NotSupportedPage {...page} />,
    run: (deps, actor, app, data) => decideNotSupported(deps, actor, app.id, data),
  },
  terminate: {
    schema: TerminateSchema,
    render: (_d, _c, page) => (
      <GroundPage {...page} kind="terminate" grounds={options(TERMINATE_GROUND_LABEL)} />
    ),
    run: (deps, actor, app, data) => terminateReview(deps, actor, app.id, data),
  },
  close: {
    schema: CloseSchema,
    render: (_d, _c, page, app) => {
      const escalated = app.stage === 'escalated'
      return (
        <NotePage
          {...page}
          title="办结"
          action="close"
          name="outcome"
          label={escalated ? '上级人民检察院的办理结果' : '办结情况'}
          hint={escalated ? '将显示在申请人的办理进度中' : '内部记录，申请人看不到'}
          submit="办结本案"
        />
      )
    },
    run: (deps, actor, app, data) => closeCase(deps, actor, app.id, data, app.stage),
  },
}

export const REVIEW_ACTION_ROUTES: Record<string, StaffRouteDef> = Object.fromEntries(
  Object.keys(SPECS).flatMap((name) => {
    const pair = actionRoutePair(name, rolesFor(name as Action))
    return [
      [`${name}Page`, pair.page],
      [name, pair.post],
    ]
  }),
)

/** The staff decisions after acceptance (SPEC §9), one GET form + POST per action. */
export function reviewActionRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  for (const [name, spec] of Object.entries(SPECS) as [Action, Spec][]) {
    const show = async (c: C, kase: CaseSummary, form: InvalidForm) => {
      const page = { csrfToken: c.var.csrfToken(), header: headerOf(kase), ...form }
      const failed = Object.keys(form.errors).length > 0
      const title = `${failed ? '错误：' : ''}${ACTION_LABEL[name]}`
      return c.render((await spec.render(deps, c, page, kase)) as string, { title })
    }
    staffRoute(app, REVIEW_ACTION_ROUTES[`${name}Page`]!, async (c) =>
      show(c, await loadCase(deps, c, name), EMPTY_FORM),
    )
    staffRoute(app, REVIEW_ACTION_ROUTES[name]!, async (c) => {
      const kase = await loadCase(deps, c, name)
      const parsed = parseForm(spec.schema, await c.req.parseBody())
      if (!parsed.ok) {
        c.status(422)
        return show(c, kase, parsed.form)
      }
      await spec.run(deps, actorOf(c, deps), kase, parsed.data as never)
      return c.redirect(caseUrl(kase.id, name), 303)
    })
  }
  return app
}
