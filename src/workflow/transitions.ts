import { type Stage, STAGE_TEXT } from './stages.js'
import type { StaffRole } from '../staff/staff-account.table.js'

export const ACTIONS = [
  'request_supplement',
  'supplement_complete',
  'accept',
  'not_accept',
  'refer',
  'start_review',
  'suspend',
  'resume',
  'escalate',
  'decide_recommendation',
  'record_court_reply',
  'decide_not_supported',
  'terminate',
  'close',
  'withdraw',
  'deem_withdrawn',
] as const
export type Action = (typeof ACTIONS)[number]

export type Actor = 'applicant' | 'system' | StaffRole

export interface Transition {
  from: Stage
  to: Stage
  action: Action
  by: readonly Actor[]
}

export const ACTION_LABEL: Record<Action, string> = {
  request_supplement: '要求补正材料',
  supplement_complete: '提交补正材料',
  accept: '受理',
  not_accept: '决定不予受理',
  refer: '告知向有管辖权机关反映',
  start_review: '分派承办检察官并开始审查',
  suspend: '中止审查',
  resume: '恢复审查',
  escalate: '报请上级院办理',
  decide_recommendation: '批准提出检察建议',
  record_court_reply: '登记法院回复',
  decide_not_supported: '作出不支持监督申请决定',
  terminate: '终结审查',
  close: '办结',
  withdraw: '撤回申请',
  deem_withdrawn: '按视为撤回处理',
}

export const ACTOR_LABEL: Record<Actor, string> = {
  applicant: '申请人',
  system: '系统',
  intake: '控告申诉部门',
  reviewer: '民事检察部门',
  leader: '院领导',
  admin: '系统管理员',
  auditor: '审计人员',
}

const t = (from: Stage, action: Action, to: Stage, by: Actor[]): Transition => ({
  from,
  to,
  action,
  by,
})

const APPLICANT: Actor[] = ['applicant']
const REVIEWER: Actor[] = ['reviewer']
// 检察建议 needs 检察长 or 检察委员会 approval (两高规定 2016, docs/domain-rules.md §1.14); 报请上级院办理 is also
// an act of the procuratorate as a whole (规则 第四十一条). The reviewer drafts; only the approval moves the stage.
const LEADER: Actor[] = ['leader']

/** docs/product.md §9, row by row. Terminal stages (not_accepted … closed) have no outgoing transitions. */
export const TRANSITIONS: readonly Transition[] = [
  // 控告申诉 intake: 受理 / 补正 / 不予受理 / 告知 (规则 第三十二条; 12309 7-working-day reply).
  t('submitted', 'request_supplement', 'supplement_requested', ['intake']),
  t('submitted', 'accept', 'accepted', ['intake']),
  t('submitted', 'not_accept', 'not_accepted', ['intake']),
  t('submitted', 'refer', 'referred', ['intake']),
  t('submitted', 'withdraw', 'withdrawn', APPLICANT),
  // 规则 第二十一条: complete within the deadline → back to intake; missed → 视为撤回, by the daily job only.
  t('supplement_requested', 'supplement_complete', 'submitted', APPLICANT),
  t('supplement_requested', 'deem_withdrawn', 'deemed_withdrawn', ['system']),
  t('supplement_requested', 'withdraw', 'withdrawn', APPLICANT),
  // 规则 第四十条: 民事检察 reviews; assigning the handler also triggers the 第四十五条 notice.
  t('accepted', 'start_review', 'under_review', ['intake', 'reviewer']),
  // 规则 第七十三条: 终结审查 is the procuratorate's decision at any point of the review — after 受理 the
  // applicant's withdrawal is a request it decides on (第（二）项), never a transition of its own.
  t('accepted', 'terminate', 'terminated', REVIEWER),
  t('under_review', 'suspend', 'suspended', REVIEWER),
  t('under_review', 'escalate', 'escalated', LEADER),
  t('under_review', 'decide_recommendation', 'decided_recommendation', LEADER),
  t('under_review', 'decide_not_supported', 'decided_not_supported', REVIEWER),
  t('under_review', 'terminate', 'terminated', REVIEWER),
  t('suspended', 'resume', 'under_review', REVIEWER),
  t('suspended', 'terminate', 'terminated', REVIEWER),
  // The higher procuratorate's outcome is recorded when closing.
  t('escalated', 'close', 'closed', ['reviewer', 'leader']),
  // 两高规定 第十三条: the court replies within 3 months (+1).
  t('decided_recommendation', 'record_court_reply', 'court_replied', REVIEWER),
  t('court_replied', 'close', 'closed', REVIEWER),
  t('decided_not_supported', 'close', 'closed', REVIEWER),
  t('terminated', 'close', 'closed', REVIEWER),
]

export type TransitionCheck = { ok: true; to: Stage } | { ok: false; reason: string }

function asList(actor: Actor | readonly Actor[]): readonly Actor[] {
  return typeof actor === 'string' ? [actor] : actor
}

function allows(transition: Transition, actors: readonly Actor[]): boolean {
  return transition.by.some((who) => actors.includes(who))
}

/** A staff member acts with every role they hold (docs/product.md §8), so `actor` may be their role list. */
export function canTransition(
  from: Stage,
  action: Action,
  actor: Actor | readonly Actor[],
): TransitionCheck {
  const current = `当前状态为“${STAGE_TEXT[from].label}”`
  const transition = TRANSITIONS.find((x) => x.from === from && x.action === action)
  if (!transition) return { ok: false, reason: `${current}，不能${ACTION_LABEL[action]}` }
  const actors = asList(actor)
  if (allows(transition, actors)) return { ok: true, to: transition.to }
  const who = actors.map((a) => ACTOR_LABEL[a]).join('、') || '没有角色的账号'
  const needed = transition.by.map((a) => ACTOR_LABEL[a]).join('或')
  return { ok: false, reason: `${current}，${who}不能${ACTION_LABEL[action]}，需由${needed}办理` }
}

/** The actions this actor may take now, in table order (for the buttons on a page). */
export function actionsFor(stage: Stage, actor: Actor | readonly Actor[]): Action[] {
  const actors = asList(actor)
  return TRANSITIONS.filter((x) => x.from === stage && allows(x, actors)).map((x) => x.action)
}

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value)
}
