import type { TimelineItem } from '../../views/pages/staff/case/case-timeline.js'
import type { AuditEventRow } from '../audit/audit-event.table.js'
import { formatChineseDateTime } from '../kernel/china-time.js'
import { ROLE_LABEL } from '../staff/roles.js'
import type { StaffRole } from '../staff/staff-account.table.js'
import { ACTION_LABEL, isAction } from '../workflow/transitions.js'

type EventRow = { occurred_at: Date; action: string; public_note: string | null }

const OWN_LABELS: Record<string, string> = {
  submit: '提交申请',
  add_evidence: '补充证据材料',
  request_recusal: '申请回避',
  material_view: '查看材料',
  material_download: '下载材料',
  document_download: '下载文书',
  note_add: '添加内部备注',
  assign: '确定承办检察官',
  recusal_handled: '回避申请标记为已处理',
  recusal_decide: '作出回避决定',
  request_recusal_review: '申请人申请复议回避决定',
  recusal_review_decide: '作出回避复议决定',
  withdrawal_request: '申请人申请撤回（待决定）',
  withdrawal_refuse: '决定不准许撤回',
  review_clock_pause: '暂停计算审查期限',
  review_clock_resume: '恢复计算审查期限',
  other_party_notice: '向其他当事人发出受理通知书',
  other_party_comments: '登记其他当事人的书面意见',
  legal_hold_set: '设置保留（暂停到期清除）',
  legal_hold_lift: '解除保留',
  purge: '保存期限届满，清除个人信息和材料',
}

const FIELD_LABEL: Record<string, string> = { id_number: '证件号码', mobile: '手机号码' }

export type TimelineNames = {
  staff: Map<string, string>
  materials: Map<string, string>
  documents: Map<string, string>
}

/**
 * The staff timeline: every audited act on the application (who, when, what), with the text the
 * applicant was shown attached to the matching stage event. Events without an audit row still show.
 */
export function caseTimeline(
  audit: AuditEventRow[],
  events: EventRow[],
  names: TimelineNames,
): TimelineItem[] {
  const unmatched = [...events]
  const items = audit.map((a) => {
    const short = a.action.replace(/^application\./, '')
    const i = unmatched.findIndex(
      (e) => e.action === short && e.occurred_at.getTime() === a.occurred_at.getTime(),
    )
    const event = i >= 0 ? unmatched.splice(i, 1)[0] : undefined
    return {
      time: a.occurred_at,
      item: {
        at: formatChineseDateTime(a.occurred_at),
        text: labelOf(short) + (a.result === 'success' ? '' : '（未成功）'),
        actor: actorOf(a, names.staff),
        detail: detailOf(short, a.details, names),
        publicNote: event?.public_note ?? undefined,
      },
    }
  })
  const rest = unmatched.map((e) => ({
    time: e.occurred_at,
    item: {
      at: formatChineseDateTime(e.occurred_at),
      text: labelOf(e.action),
      actor: '—',
      publicNote: e.public_note ?? undefined,
    },
  }))
  return [...items, ...rest].sort((x, y) => x.time.getTime() - y.time.getTime()).map((x) => x.item)
}

function labelOf(action: string): string {
  if (OWN_LABELS[action]) return OWN_LABELS[action]
  if (isAction(action)) return ACTION_LABEL[action]
  return action === 'reveal_identifier' ? '查看完整号码' : action
}

function actorOf(a: AuditEventRow, staff: Map<string, string>): string {
  if (a.actor_type === 'applicant') return '申请人'
  if (a.actor_type === 'system') return '系统'
  const name = (a.actor_id && staff.get(a.actor_id)) || '工作人员'
  const roles = (a.actor_roles as StaffRole[]).map((r) => ROLE_LABEL[r] ?? r).join('、')
  return roles ? `${name}，${roles}` : name
}

function detailOf(
  action: string,
  details: Record<string, unknown>,
  names: TimelineNames,
): string | undefined {
  const str = (key: string) => (typeof details[key] === 'string' ? (details[key] as string) : '')
  switch (action) {
    case 'reveal_identifier':
      return `查看了完整的${FIELD_LABEL[str('field')] ?? str('field')}`
    case 'material_view':
    case 'material_download':
      return names.materials.get(str('materialId'))
    case 'document_download':
      return names.documents.get(str('documentId'))
    case 'assign':
      return `承办检察官：${names.staff.get(str('staffId')) ?? '（账号已不存在）'}`
    default:
      return undefined
  }
}
