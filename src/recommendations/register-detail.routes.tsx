import type { Context } from 'hono'
import type { ZodType } from 'zod'
import {
  RecommendationPage,
  type RecommendationPageProps,
} from '../../views/pages/staff/recommendations/detail.js'
import type { Deps } from '../deps.js'
import { parseForm, type FormErrors, type FormValues } from '../http/form.js'
import { actorOf } from '../staff/staff-actor.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { viewRecommendation } from './detail-view.service.js'

export type DetailForm = NonNullable<RecommendationPageProps['form']>

/** The page of one 检察建议; with `form`, the same page again (422) with the corrected form's values. */
export async function renderDetail(c: Context<StaffEnv>, deps: Deps, form?: DetailForm) {
  const detail = await viewRecommendation(deps, actorOf(c, deps), c.req.param('id')!)
  const roles = c.var.staff!.roles
  if (form) c.status(422)
  return c.render(
    <RecommendationPage
      csrfToken={c.var.csrfToken()}
      detail={detail}
      mayDecide={roles.includes('leader')}
      mayWork={roles.some((r) => r === 'reviewer' || r === 'leader')}
      form={form}
      done={c.req.query('done')}
    />,
    { title: detail.number ? `检察建议 ${detail.number}` : '检察建议稿', invalid: Boolean(form) },
  )
}

/** A register form without files, parsed; invalid, it carries what the page needs to show it again. */
export async function formOf<T>(
  c: Context<StaffEnv>,
  name: DetailForm['name'],
  schema: ZodType<T>,
) {
  const body = await c.req.parseBody()
  const raw = { name, values: body as FormValues, errors: {} as FormErrors }
  const parsed = parseForm(schema, body)
  if (!parsed.ok) return { ok: false as const, invalid: { ...raw, errors: parsed.form.errors } }
  return { ok: true as const, data: parsed.data as T, raw }
}
