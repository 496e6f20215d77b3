import type { Context } from 'hono'
import { Hono } from 'hono'
import { ReferenceListsPage } from '../../../../views/pages/staff/admin/reference-lists.js'
import type { Deps } from '../../../deps.js'
import { AppError } from '../../../errors.js'
import { hasErrors, parseForm, type FormErrors } from '../../../http/form.js'
import { staffRoute, type StaffRouteDef } from '../../staff-access.js'
import { actorOf } from '../../staff-actor.js'
import type { StaffEnv } from '../../staff-env.js'
import { WithdrawSchema } from './reference-lists.schema.js'
import {
  receiveReferenceList,
  referenceKindsView,
  referenceListsView,
} from './reference-lists.service.js'
import { withdrawList } from '../../../leads/reference/reference-list.service.js'

const BASE = '/staff/admin/reference-lists'

/** The upload POST, whose multipart body is streamed (src/app.ts). */
export const REFERENCE_UPLOAD_PATH = BASE

export const REFERENCE_LIST_ROUTES = {
  page: { method: 'GET', path: BASE, access: ['admin'] },
  upload: { method: 'POST', path: BASE, access: ['admin'] },
  withdraw: { method: 'POST', path: `${BASE}/:listId/withdraw`, access: ['admin'] },
} as const satisfies Record<string, StaffRouteDef>

/** 对比名单: the lists the reference rules compare the court's data with (decision 096). */
export function referenceListRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, REFERENCE_LIST_ROUTES.page, (c) => {
    const done = c.req.query('done')
    const notice =
      done === 'imported'
        ? '名单已导入，全部已导入案件已重新评估。'
        : done === 'withdrawn'
          ? '名单已停用，全部已导入案件已重新评估。'
          : undefined
    return render(deps, c, {}, {}, notice)
  })
  staffRoute(app, REFERENCE_LIST_ROUTES.upload, async (c) => {
    const outcome = await receiveReferenceList(deps, actorOf(c, deps), c.req.raw)
    if (outcome.ok) return c.redirect(`${BASE}?done=imported`, 303)
    if (outcome.status !== 422) throw new AppError(outcome.status, 'bad_request', outcome.message)
    c.status(422)
    return render(deps, c, outcome.values, outcome.errors, undefined, outcome.problems)
  })
  staffRoute(app, REFERENCE_LIST_ROUTES.withdraw, async (c) => {
    const parsed = parseForm(WithdrawSchema, await c.req.parseBody())
    if (!parsed.ok) {
      c.status(422)
      const field = `reason-${c.req.param('listId')}`
      return render(deps, c, {}, { [field]: parsed.form.errors.reason ?? '请填写停用的原因' })
    }
    await withdrawList(deps, actorOf(c, deps), c.req.param('listId') ?? '', parsed.data.reason)
    return c.redirect(`${BASE}?done=withdrawn`, 303)
  })
  return app
}

async function render(
  deps: Deps,
  c: Context<StaffEnv>,
  values: Record<string, string>,
  errors: FormErrors,
  notice?: string,
  problems: string[] = [],
) {
  return c.render(
    <ReferenceListsPage
      csrfToken={c.var.csrfToken()}
      lists={await referenceListsView(deps)}
      kinds={referenceKindsView()}
      values={values}
      errors={errors}
      problems={problems}
      notice={notice}
    />,
    { title: '对比名单', invalid: hasErrors(errors) },
  )
}
