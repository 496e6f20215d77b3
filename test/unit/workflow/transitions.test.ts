import { describe, expect, it } from 'vitest'
import {
  APPLICANT_CAN_WITHDRAW,
  OPEN_STAGES,
  type Stage,
  STAGE_TEXT,
  STAGES,
} from '../../../src/workflow/stages.js'
import { STAFF_ROLES } from '../../../src/staff/staff-account.table.js'
import {
  ACTIONS,
  TRANSITIONS,
  actionsFor,
  canTransition,
  isAction,
  type Action,
  type Actor,
} from '../../../src/workflow/transitions.js'

const ACTORS: Actor[] = ['applicant', 'system', ...STAFF_ROLES]
const everyCase = STAGES.flatMap((stage) =>
  ACTIONS.flatMap((action) => ACTORS.map((actor) => [stage, action, actor] as const)),
)

// docs/product.md §9 "next" column, plus the applicant's withdrawal before 受理; after it, 终结审查 is
// staff's decision (规则 第七十三条), from acceptance, review or suspension alike.
const SPEC_NEXT: Record<Stage, Stage[]> = {
  submitted: ['supplement_requested', 'accepted', 'not_accepted', 'referred', 'withdrawn'],
  supplement_requested: ['submitted', 'deemed_withdrawn', 'withdrawn'],
  accepted: ['under_review', 'terminated'],
  under_review: [
    'suspended',
    'escalated',
    'decided_recommendation',
    'decided_not_supported',
    'terminated',
  ],
  suspended: ['under_review', 'terminated'],
  escalated: ['closed'],
  decided_recommendation: ['court_replied'],
  court_replied: ['closed'],
  decided_not_supported: ['closed'],
  terminated: ['closed'],
  not_accepted: [],
  referred: [],
  withdrawn: [],
  deemed_withdrawn: [],
  closed: [],
}

describe('transition table', () => {
  it.each(TRANSITIONS.map((x) => [x.from, x.action, x.to, x] as const))(
    '%s --%s--> %s uses known stages, actions and actors',
    (_from, _action, _to, x) => {
      expect(STAGES).toContain(x.from)
      expect(STAGES).toContain(x.to)
      expect(ACTIONS).toContain(x.action)
      expect(x.by.length).toBeGreaterThan(0)
      for (const who of x.by) expect(ACTORS).toContain(who)
    },
  )

  it('has one transition per stage and action', () => {
    const keys = TRANSITIONS.map((x) => `${x.from}:${x.action}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('uses every action', () => {
    expect(new Set(TRANSITIONS.map((x) => x.action))).toEqual(new Set(ACTIONS))
  })

  it.each(STAGES)('%s leads on to what docs/product.md §9 lists', (stage) => {
    const next = TRANSITIONS.filter((x) => x.from === stage).map((x) => x.to)
    expect(new Set(next)).toEqual(new Set(SPEC_NEXT[stage]))
  })

  it.each(STAGES.filter((s) => STAGE_TEXT[s].terminal))('terminal %s has no way out', (stage) => {
    expect(TRANSITIONS.filter((x) => x.from === stage)).toEqual([])
    for (const actor of ACTORS) expect(actionsFor(stage, actor)).toEqual([])
  })

  it.each(OPEN_STAGES)('open %s has a way forward that ends in a terminal stage', (stage) => {
    expect(TRANSITIONS.some((x) => x.from === stage)).toBe(true)
    const seen = new Set<Stage>([stage])
    for (const s of seen) for (const x of TRANSITIONS) if (x.from === s) seen.add(x.to)
    expect([...seen].some((s) => STAGE_TEXT[s].terminal)).toBe(true)
  })

  it('reaches every stage from submitted', () => {
    const seen = new Set<Stage>(['submitted'])
    for (const s of seen) for (const x of TRANSITIONS) if (x.from === s) seen.add(x.to)
    expect([...seen].sort()).toEqual([...STAGES].sort())
  })
})

describe('canTransition', () => {
  it.each(STAGES)('lets the applicant withdraw at once from %s only before 受理', (stage) => {
    const result = canTransition(stage, 'withdraw', 'applicant')
    expect(result.ok).toBe(stage === 'submitted' || stage === 'supplement_requested')
  })

  it.each([
    ['submitted', 'withdrawn'],
    ['supplement_requested', 'withdrawn'],
  ] as const)('a withdrawal from %s leads to %s', (stage, to) => {
    expect(canTransition(stage, 'withdraw', 'applicant')).toEqual({ ok: true, to })
  })

  // 规则 第七十三条第（二）项: no applicant act ends a review; staff decide 终结审查
  it.each(['accepted', 'under_review', 'suspended'] as const)(
    'after 受理 (%s) only a reviewer ends the review, by 终结审查',
    (stage) => {
      expect(canTransition(stage, 'withdraw', 'applicant').ok).toBe(false)
      expect(canTransition(stage, 'terminate', 'reviewer')).toEqual({ ok: true, to: 'terminated' })
    },
  )

  it.each(STAFF_ROLES)('does not let %s withdraw for the applicant', (role) => {
    expect(canTransition('submitted', 'withdraw', role).ok).toBe(false)
  })

  it.each([
    ['submitted', 'accept', true],
    ['submitted', 'request_supplement', true],
    ['submitted', 'not_accept', true],
    ['submitted', 'refer', true],
    ['accepted', 'start_review', true],
    ['under_review', 'decide_recommendation', false],
    ['under_review', 'decide_not_supported', false],
    ['under_review', 'terminate', false],
    ['under_review', 'suspend', false],
    ['decided_recommendation', 'record_court_reply', false],
  ] as const)('an intake user at %s may %s: %s', (stage, action, ok) => {
    expect(canTransition(stage, action, 'intake').ok).toBe(ok)
  })

  it('needs a leader to approve a recommendation', () => {
    const reviewer = canTransition('under_review', 'decide_recommendation', 'reviewer')
    expect(reviewer).toEqual({
      ok: false,
      reason: '当前状态为“审查中”，民事检察部门不能批准提出检察建议，需由院领导办理',
    })
    expect(canTransition('under_review', 'decide_recommendation', 'leader')).toEqual({
      ok: true,
      to: 'decided_recommendation',
    })
    const both = canTransition('under_review', 'decide_recommendation', ['reviewer', 'leader'])
    expect(both.ok).toBe(true)
  })

  it.each(everyCase.filter(([, action]) => action === 'deem_withdrawn'))(
    'deem_withdrawn at %s by %s is only the system job at 待补正',
    (stage, action, actor) => {
      const ok = stage === 'supplement_requested' && actor === 'system'
      expect(canTransition(stage, action, actor).ok).toBe(ok)
    },
  )

  it('gives the exact reason for withdrawing twice', () => {
    expect(canTransition('withdrawn', 'withdraw', 'applicant')).toEqual({
      ok: false,
      reason: '当前状态为“已撤回”，不能撤回申请',
    })
  })

  it('names the current stage in every refusal', () => {
    let refusals = 0
    for (const [stage, action, actor] of everyCase) {
      const result = canTransition(stage, action, actor)
      if (result.ok) continue
      refusals++
      expect(result.reason).toContain(`当前状态为“${STAGE_TEXT[stage].label}”`)
      expect(result.reason).toMatch(/^[^a-z_]+$/)
    }
    expect(refusals).toBeGreaterThan(everyCase.length / 2)
  })

  it('refuses an account that holds no role', () => {
    const result = canTransition('submitted', 'accept', [])
    expect(result.ok).toBe(false)
  })
})

describe('actionsFor', () => {
  it.each([
    ['submitted', 'intake', ['request_supplement', 'accept', 'not_accept', 'refer']],
    ['submitted', 'applicant', ['withdraw']],
    ['supplement_requested', 'applicant', ['supplement_complete', 'withdraw']],
    ['supplement_requested', 'system', ['deem_withdrawn']],
    ['accepted', 'reviewer', ['start_review', 'terminate']],
    ['under_review', 'reviewer', ['suspend', 'decide_not_supported', 'terminate']],
    ['under_review', 'leader', ['escalate', 'decide_recommendation']],
    ['court_replied', 'reviewer', ['close']],
  ] as [Stage, Actor, Action[]][])('at %s, %s may %j', (stage, actor, actions) => {
    expect(actionsFor(stage, actor)).toEqual(actions)
  })

  it('merges the roles a staff member holds', () => {
    expect(actionsFor('under_review', ['reviewer', 'leader'])).toHaveLength(5)
  })

  it.each(['admin', 'auditor'] as const)('gives %s no stage actions', (role) => {
    for (const stage of STAGES) expect(actionsFor(stage, role)).toEqual([])
  })

  it('recognises action names from a form', () => {
    expect(isAction('accept')).toBe(true)
    expect(isAction('approve_everything')).toBe(false)
  })
})
