import type { ReviewHistoryView } from '../../views/pages/staff/case/case-review.js'
import type { Db } from '../db/database.js'
import { formatChineseDateTime } from '../kernel/china-time.js'
import { ACTION_LABEL, isAction } from '../workflow/transitions.js'
import { REPLY_OUTCOME_LABEL } from '../actions/recommendation.schema.js'
import {
  findCourtReply,
  findDraft,
  findReviewRecords,
  findStaffName,
} from './review-actions.repository.js'
import {
  ESCALATE_REASON_LABEL,
  SUSPEND_GROUND_LABEL,
  TERMINATE_GROUND_LABEL,
} from '../actions/review-actions.schema.js'

const DRAFT_STATUS = { drafted: '待院领导审批', approved: '已批准', returned: '已退回修改' }

const GROUND_LABELS: Record<string, Record<string, string>> = {
  suspend: SUSPEND_GROUND_LABEL,
  terminate: TERMINATE_GROUND_LABEL,
  escalate: ESCALATE_REASON_LABEL,
}

/** What staff recorded with each review action, for the application page (staff only). */
export async function findReviewHistory(db: Db, applicationId: string): Promise<ReviewHistoryView> {
  const [rows, draft, reply] = await Promise.all([
    findReviewRecords(db, applicationId),
    findDraft(db, applicationId),
    findCourtReply(db, applicationId),
  ])
  const records = await Promise.all(
    rows.map(async (r) => ({
      at: formatChineseDateTime(r.recorded_at),
      action: isAction(r.action) ? ACTION_LABEL[r.action] : '登记法院延长回复期限',
      staffName: r.display_name,
      ground:
        r.action === 'start_review'
          ? `承办检察官：${(await findStaffName(db, r.ground)) ?? ''}`
          : r.ground
            ? (GROUND_LABELS[r.action]?.[r.ground] ?? r.ground)
            : undefined,
      detail: r.detail ?? undefined,
      explanation: r.explanation ?? undefined,
    })),
  )
  return {
    records,
    ...(draft
      ? {
          draft: {
            statusLabel: DRAFT_STATUS[draft.status],
            draftedBy: (await findStaffName(db, draft.drafted_by)) ?? '',
            courtName: draft.court_name,
          },
        }
      : {}),
    ...(reply
      ? {
          courtReply: {
            repliedOn: reply.replied_on,
            outcome: REPLY_OUTCOME_LABEL[reply.outcome],
            note: reply.note ?? undefined,
          },
        }
      : {}),
  }
}
