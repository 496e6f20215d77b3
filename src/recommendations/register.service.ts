import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import { AppError, NotFound, StaleVersion } from '../errors.js'
import type { FormErrors } from '../http/form.js'
import { todayInChina } from '../kernel/china-time.js'
import { isUuid } from '../kernel/ids.js'
import { takeNumber } from '../notices/notice.service.js'
import type { SiteView } from '../site/site-view.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { auditRecommendation } from './register-audit.js'
import {
  insertRecommendation,
  lockRecommendation,
  updateRecommendation,
} from './register.repository.js'
import type { RegisterDraftForm } from './register.schema.js'

/** 规则 第一百零八条: the 检察建议书 goes to the 同级人民法院 within 15 days of the decision. */
export const TRANSFER_DAYS = 15

export const OWN_REGISTER_DRAFT_MESSAGE =
  '这份检察建议由您起草。起草人不能批准或退回自己起草的检察建议，须由其他院领导审批。'

type Decided = { number: string; decided_on: string; transfer_due: string }

/** The number, the decision day and the 15-day transfer date, taken inside the deciding transaction. */
async function decidedFields(trx: Db, deps: Deps, at: Date): Promise<Decided> {
  const decidedOn = todayInChina(at)
  return {
    number: await takeNumber(trx, 'recommendation_letter', at),
    decided_on: decidedOn,
    transfer_due: deps.calendar.addCalendarDays(decidedOn, TRANSFER_DAYS).due,
  }
}

/**
 * A leader approved the 检察建议 drafted in an application's review: it enters the register, in the
 * approval's transaction, addressed to the court the draft names, covering the application's case.
 */
export async function enterApplicationRecommendation(
  trx: Db,
  deps: Deps,
  input: {
    applicationId: string
    draft: { court_name: string; violations: string; recommendation: string; legal_basis: string }
    draftedBy: string
    draftedAt: Date
    actor: StaffActor
  },
): Promise<string> {
  const at = deps.clock.now()
  const app = await trx
    .selectFrom('applications')
    .select(['court_code', 'case_number'])
    .where('id', '=', input.applicationId)
    .executeTakeFirstOrThrow()
  const decided = await decidedFields(trx, deps, at)
  const id = await insertRecommendation(
    trx,
    {
      kind: 'individual',
      origin: 'application',
      application_id: input.applicationId,
      status: 'awaiting_service',
      ...decided,
      addressee: input.draft.court_name,
      addressee_court_code: app.court_code,
      violations: input.draft.violations,
      recommendation: input.draft.recommendation,
      legal_basis: input.draft.legal_basis,
      drafted_by: input.draftedBy,
      drafted_at: input.draftedAt,
      decided_by: input.actor.staff.id,
    },
    [{ caseNumber: app.case_number, applicationId: input.applicationId }],
  )
  await auditRecommendation(trx, deps, input.actor, 'recommendation.decide', id, {
    number: decided.number,
    applicationId: input.applicationId,
    transferDue: decided.transfer_due,
  })
  return id
}

/**
 * The reviewer enters a 类案, 社会治理 or ex-officio 检察建议 as a draft; it has no number and counts
 * for nothing until a leader other than the drafter approves it.
 */
export async function draftRecommendation(
  deps: Deps,
  actor: StaffActor,
  site: SiteView,
  form: RegisterDraftForm,
): Promise<{ ok: true; id: string } | { ok: false; errors: FormErrors }> {
  const court = site.courts.find((c) => c.code === form.court)
  if (form.kind !== 'social_governance' && !court)
    return { ok: false, errors: { court: '请从本院监督的法院中选择接收检察建议的同级人民法院' } }
  const id = await deps.db.transaction().execute(async (trx) => {
    const newId = await insertRecommendation(
      trx,
      {
        kind: form.kind,
        origin: form.kind === 'individual' ? 'ex_officio' : 'register',
        application_id: null,
        status: 'drafted',
        addressee: court?.name ?? form.organ!,
        addressee_court_code: form.kind === 'social_governance' ? null : court!.code,
        violations: form.violations,
        recommendation: form.recommendation,
        legal_basis: form.legalBasis,
        drafted_by: actor.staff.id,
        drafted_at: deps.clock.now(),
      },
      form.caseNumbers.map((caseNumber) => ({ caseNumber, applicationId: null })),
    )
    await auditRecommendation(trx, deps, actor, 'recommendation.draft', newId, {
      kind: form.kind,
      cases: form.caseNumbers.length,
    })
    return newId
  })
  return { ok: true, id }
}

type DecideForm = { version: number; decision: 'approve' | 'return'; comment?: string | undefined }

/**
 * A leader approves (number, decision day, transfer clock) or returns a hand-entered draft. The
 * drafter may not decide on their own text even holding the leader role; the attempt is audited.
 */
export async function decideRegisterDraft(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: DecideForm,
): Promise<void> {
  try {
    await decideInTransaction(deps, actor, id, form)
  } catch (err) {
    if (err instanceof AppError && err.code === 'forbidden')
      await auditRecommendation(
        deps.db,
        deps,
        actor,
        'recommendation.decide',
        id,
        {
          reason: 'own_draft',
        },
        'denied',
      )
    throw err
  }
}

async function decideInTransaction(deps: Deps, actor: StaffActor, id: string, form: DecideForm) {
  await deps.db.transaction().execute(async (trx) => {
    const row = isUuid(id) ? await lockRecommendation(trx, id) : undefined
    if (!row) throw new NotFound('没有找到这份检察建议。')
    if (row.version !== form.version)
      throw new StaleVersion('这份检察建议已被更新，请刷新后再操作。')
    if (row.status !== 'drafted')
      throw new AppError(409, 'conflict', '这份检察建议不在待审批状态，不能再审批。')
    if (row.drafted_by === actor.staff.id)
      throw new AppError(403, 'forbidden', OWN_REGISTER_DRAFT_MESSAGE)
    if (form.decision === 'return') {
      await updateRecommendation(trx, id, {
        status: 'returned',
        decided_by: actor.staff.id,
        return_comment: form.comment ?? null,
      })
      await auditRecommendation(trx, deps, actor, 'recommendation.return', id, {})
      return
    }
    const decided = await decidedFields(trx, deps, deps.clock.now())
    await updateRecommendation(trx, id, {
      status: 'awaiting_service',
      decided_by: actor.staff.id,
      ...decided,
    })
    await auditRecommendation(trx, deps, actor, 'recommendation.decide', id, {
      number: decided.number,
      transferDue: decided.transfer_due,
    })
  })
}
