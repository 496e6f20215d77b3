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
import { parseForm, type InvalidForm } from '../http/form.js'

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
  /** the form page (what c.render takes): its GET, and again with the errors (422) when refused */
  page: (call: ActionCall, props: ActionFormProps) => string | Promise<string>
}

/**
 * One row of the action table, as the registrar sees it: `submit` reads the POST and carries it
 * out, or returns the form to show again (422). defineAction builds it from a schema and a run.
 */
export type StaffAction = ActionBase & {
  submit: (call: ActionCall) => Promise<InvalidForm | undefined>
}

/** An action posted as an ordinary form: `run` gets what `schema` made of it. */
export type FormAction<S extends z.ZodType> = ActionBase & {
  schema: S
  run: (call: ActionCall, form: z.output<S>) => Promise<unknown>
}

/** Ties a form action's schema to its run (the form type stays inside); the row for the table. */
export function defineAction<S extends z.ZodType>(def: FormAction<S>): StaffAction {
  const { schema, run, ...rest } = def
  return {
    ...rest,
    submit: async (call) => {
      const parsed = parseForm(schema, await call.c.req.parseBody({ all: true }))
      if (!parsed.ok) return parsed.form
      await run(call, parsed.data)
      return undefined
    },
  }
}

/**
 * An action whose POST is no plain form (the court's reply letter is a streamed upload, checked and
 * removed again on refusal): it reads the request itself.
 */
export function defineUploadAction(def: StaffAction): StaffAction {
  return def
}
