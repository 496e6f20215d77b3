import type { Context } from 'hono'
import type { z } from 'zod'
import type { ActionFormProps } from '../../views/pages/staff/review-action.js'
import type { Stage } from '../workflow/stages.js'
import type { Deps } from '../deps.js'
import type { CaseSummary } from '../review/review-actions.repository.js'
import type { StaffRole } from '../staff/staff-account.table.js'
import type { StaffActor } from '../staff/staff-actor.js'
import type { SignedInStaffEnv } from '../staff/staff-env.js'
import type { Action } from '../workflow/transitions.js'
import { formValues, parseForm, type InvalidForm } from '../http/form.js'
import type { NoticeContent } from '../notices/notice-content.js'
import { previewNotice, type NoticePreview } from '../notices/notice-preview.js'

/** What a page and a POST get: the request, the deps, the application and who acts. */
export type ActionCall = {
  deps: Deps
  c: Context<SignedInStaffEnv>
  kase: CaseSummary
  actor: StaffActor
}

/**
 * Which applications an action is open to, and to whom. A step of the stage table takes both from
 * TRANSITIONS (its stage and the roles that may take it); an act that leaves the stage alone (a
 * 检察建议 draft, a court's extension, and the coming 检察建议 register and leads) names its
 * stages and roles.
 */
export type ActionScope =
  | { name: Action; stages?: never; roles?: never }
  | { name: string; stages: readonly Stage[]; roles: readonly StaffRole[] }

type ActionBase = ActionScope & {
  /** the page title, and in a refusal "当前状态为…，不能<title>" for an act outside the stage table */
  title: string
  /** the confirmation the application page shows afterwards (`?done=<name>`) */
  done: string
  /** whether it issues a numbered notice (its number then ends the confirmation) */
  issuesNotice?: boolean
  /**
   * false for an act offered where its subject is shown rather than in the page's list of actions
   * (a 回避 decision, linked from the request it decides)
   */
  listed?: false
  /** the form page (what c.render takes): its GET, and again with the errors (422) when refused */
  page: (call: ActionCall, props: ActionFormProps) => string | Promise<string>
}

/**
 * One row of the action table, as the registrar sees it: `submit` reads the POST and carries it
 * out, or returns the form to show again (422). defineAction builds it from a schema and a run.
 */
export type StaffAction = ActionBase & {
  submit: (call: ActionCall) => Promise<ActionPageState | undefined>
}

/** The form shown again: refused (errors, 422) or with the preview of the notice it will issue. */
export type ActionPageState = InvalidForm & { preview?: NoticePreview }

/** The message when the form changed between the preview and the confirmation. */
export const PREVIEW_CHANGED =
  '预览之后表单内容有改动，下面是按改动后的内容重新生成的预览，请核对后再确认发出'

/** An action posted as an ordinary form: `run` gets what `schema` made of it. */
export type FormAction<S extends z.ZodType> = ActionBase & {
  schema: S
  run: (call: ActionCall, form: z.output<S>) => Promise<unknown>
  /**
   * The numbered notice the action issues, built from the form exactly as `run` builds it. With it,
   * the form's first button is 预览 (step=preview) and issuing needs the preview's digest
   * (docs/decisions/104-notice-preview.md).
   */
  notice?: (call: ActionCall, form: z.output<S>) => NoticeContent
}

/** Ties a form action's schema to its run (the form type stays inside); the row for the table. */
export function defineAction<S extends z.ZodType>(def: FormAction<S>): StaffAction {
  const { schema, run, notice, ...rest } = def
  return {
    ...rest,
    issuesNotice: notice !== undefined,
    submit: async (call) => {
      const body = await call.c.req.parseBody({ all: true })
      const parsed = parseForm(schema, body)
      if (!parsed.ok) return parsed.form
      if (notice) {
        const shown = await previewUnlessConfirmed(call, body, notice(call, parsed.data))
        if (shown) return shown
      }
      await run(call, parsed.data)
      return undefined
    },
  }
}

/**
 * step=preview shows the notice; step=issue issues it only if the form still makes the previewed
 * text. A POST without a step (a script, a page from before previews) issues as it always did.
 */
async function previewUnlessConfirmed(
  call: ActionCall,
  body: Record<string, unknown>,
  content: NoticeContent,
): Promise<ActionPageState | undefined> {
  const step = body.step
  if (step !== 'preview' && step !== 'issue') return undefined
  const preview = await previewNotice(call.deps, call.kase.id, content)
  if (step === 'issue' && body.previewed === preview.digest) return undefined
  const values = formValues(body)
  const errors: Record<string, string> = step === 'issue' ? { previewed: PREVIEW_CHANGED } : {}
  return { values, errors, preview }
}

/**
 * An action whose POST is no plain form (the court's reply letter is a streamed upload, checked and
 * removed again on refusal): it reads the request itself.
 */
export function defineUploadAction(def: StaffAction): StaffAction {
  return def
}
