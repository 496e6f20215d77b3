import type { z } from 'zod'
import type { FormValues } from '../http/form.js'
import type { SiteView } from '../site/site-view.js'
import type { DraftAnswers } from './application-answers.js'
import {
  agentSchema,
  ApplicantTypeSchema,
  ContactSchema,
  OrganisationSchema,
  personSchema,
} from './steps/applicant.schema.js'
import {
  prefillAgent,
  prefillCase,
  prefillComplaint,
  prefillContact,
} from './self-check-prefill.js'
import { MAX_PARTIES, PartiesSchema, caseSchema, complaintSchema } from './steps/case.schema.js'

export type StepContext = { site: SiteView; today: () => Date }

export type StepId =
  | 'applicant-type'
  | 'person'
  | 'organisation'
  | 'contact'
  | 'agent'
  | 'parties'
  | 'case'
  | 'complaint'

/**
 * One page of the wizard: how it validates, where its answer goes, how it is shown again and when
 * it is done. Its page (views/pages/apply/steps/) is paired with it by id in wizard.routes.tsx, so
 * the submission, which asks only whether every step is done, loads no view.
 */
export type FormStep = {
  id: StepId
  title: string
  schema(ctx: StepContext, answers: DraftAnswers): z.ZodType
  save(answers: DraftAnswers, data: unknown): DraftAnswers
  values(answers: DraftAnswers): FormValues
  done(answers: DraftAnswers): boolean
  /** a second button that posts the page back without saving, e.g. to add a row */
  secondary?: { value: string; label: string }
  /** whether the step is asked at all, given earlier answers */
  applies?(answers: DraftAnswers): boolean
}

const flat = (o: object | undefined): FormValues =>
  Object.fromEntries(
    Object.entries(o ?? {}).map(([k, v]) => [
      k,
      Array.isArray(v) ? v : v === undefined ? undefined : String(v),
    ]),
  )

export const FORM_STEPS: FormStep[] = [
  {
    id: 'applicant-type',
    title: '申请人类型',
    schema: () => ApplicantTypeSchema,
    save: (a, d) => ({ ...a, ...(d as Pick<DraftAnswers, 'applicantType'>) }),
    values: (a) => ({ applicantType: a.applicantType }),
    done: (a) => a.applicantType !== undefined,
  },
  {
    id: 'person',
    title: '申请人信息',
    applies: (a) => a.applicantType !== 'organisation',
    schema: (ctx) => personSchema(ctx.today),
    save: (a, d) => ({ ...a, person: d as DraftAnswers['person'] }),
    values: (a) => flat(a.person),
    done: (a) => a.person !== undefined,
  },
  {
    id: 'organisation',
    title: '申请单位信息',
    applies: (a) => a.applicantType === 'organisation',
    schema: () => OrganisationSchema,
    save: (a, d) => ({ ...a, organisation: d as DraftAnswers['organisation'] }),
    values: (a) => flat(a.organisation),
    done: (a) => a.organisation !== undefined,
  },
  {
    id: 'contact',
    title: '联系方式和身份',
    schema: () => ContactSchema,
    save: (a, d) => ({ ...a, contact: d as DraftAnswers['contact'] }),
    values: (a) => (a.contact ? flat(a.contact) : prefillContact(a)),
    done: (a) => a.contact?.electronicService !== undefined,
  },
  {
    id: 'agent',
    title: '代理人',
    schema: (ctx) => agentSchema(ctx.today),
    save: (a, d) => ({ ...a, agent: d as DraftAnswers['agent'] }),
    values: (a) =>
      a.agent?.hasAgent === 'yes'
        ? {
            hasAgent: 'yes',
            agentName: a.agent.name,
            agentKind: a.agent.kind,
            agentIdNumber: a.agent.idNumber,
            agentMobile: a.agent.mobile,
            licenceNumber: a.agent.licenceNumber,
          }
        : a.agent
          ? { hasAgent: a.agent.hasAgent }
          : prefillAgent(a),
    done: (a) => a.agent !== undefined,
  },
  {
    id: 'parties',
    title: '其他当事人',
    schema: () => PartiesSchema,
    save: (a, d) => ({ ...a, parties: d as DraftAnswers['parties'] }),
    values: (a) =>
      Object.fromEntries(
        (a.parties ?? []).flatMap((p, i) => [
          [`parties.${i}.name`, p.name],
          [`parties.${i}.role`, p.role],
          [`parties.${i}.contact`, p.contact],
        ]),
      ),
    done: (a) => (a.parties?.length ?? 0) > 0,
    secondary: { value: 'add', label: '添加一位当事人' },
  },
  {
    id: 'case',
    title: '执行案件',
    schema: (ctx) => caseSchema(ctx.site.courts, ctx.today),
    save: (a, d) => ({ ...a, case: d as DraftAnswers['case'] }),
    values: (a) => (a.case ? flat(a.case) : prefillCase(a)),
    done: (a) => a.case !== undefined,
  },
  {
    id: 'complaint',
    title: '申请监督的事项和理由',
    schema: (ctx) => complaintSchema(ctx.today),
    save: (a, d) => ({ ...a, complaint: d as DraftAnswers['complaint'] }),
    values: (a) => (a.complaint ? flat(a.complaint) : prefillComplaint(a)),
    done: (a) => a.complaint !== undefined,
  },
]

/** As many party rows as answered, asked for ("添加一位当事人"), or one; at most MAX_PARTIES. */
export function partyRows(values: FormValues): number {
  const filled = Object.keys(values)
    .map((k) => /^parties\.(\d+)\./.exec(k)?.[1])
    .filter((n): n is string => n !== undefined)
    .map((n) => Number(n) + 1)
  const asked = Number(values.rows ?? 0) || 0
  return Math.min(MAX_PARTIES, Math.max(1, asked, ...filled))
}

export function stepsFor(answers: DraftAnswers): FormStep[] {
  return FORM_STEPS.filter((s) => s.applies?.(answers) ?? true)
}
