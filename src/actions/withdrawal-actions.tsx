import { NotePage } from '../../views/pages/staff/review-decision-forms.js'
import { formatChineseDateTime } from '../kernel/china-time.js'
import { findPendingWithdrawal } from '../tracking/withdraw-request.repository.js'
import { defineAction } from './action-table.js'
import { RefuseWithdrawalSchema } from './withdrawal.schema.js'
import { refuseWithdrawal, WITHDRAWAL_DECISION_STAGES } from './withdrawal.service.js'

/**
 * The applicant's withdrawal after 受理 is decided by staff (docs/decisions/037-*.md): granting it is
 * 终结审查 with the ground “申请人撤回监督申请” (the terminate action); refusing it is this row.
 */
export const WITHDRAWAL_ACTIONS = [
  defineAction({
    name: 'refuse_withdrawal',
    stages: WITHDRAWAL_DECISION_STAGES,
    roles: ['reviewer'],
    title: '不准许撤回',
    done: '已决定不准许撤回，理由已告知申请人，案件继续审查。',
    schema: RefuseWithdrawalSchema,
    page: async ({ deps, kase }, props) => {
      const pending = await findPendingWithdrawal(deps.db, kase.id)
      const lead = pending
        ? `申请人于 ${formatChineseDateTime(pending.requested_at)} 申请撤回监督申请。撤回会损害国家利益、社会公共利益或者他人合法权益的，不准许撤回，案件继续审查（《人民检察院民事诉讼监督规则》第七十三条第（二）项）；准许撤回的，请使用“终结审查”，理由选“申请人撤回监督申请”。`
        : '申请人目前没有待决定的撤回申请。'
      return (
        <NotePage
          {...props}
          title="不准许撤回"
          action="refuse_withdrawal"
          name="reasons"
          label="不准许撤回的理由"
          hint="至少 10 个字，申请人会在办理进度页面看到"
          submit="决定不准许撤回"
          lead={lead}
        />
      )
    },
    run: ({ deps, actor, kase }, form) => refuseWithdrawal(deps, actor, kase.id, form),
  }),
]
