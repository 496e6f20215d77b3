import { REPLY_OUTCOME_LABEL } from '../actions/recommendation.schema.js'
import type { Deps } from '../deps.js'
import { NotFound } from '../errors.js'
import { todayInChina } from '../kernel/china-time.js'
import { formatFileSize } from '../kernel/file-size.js'
import { isUuid } from '../kernel/ids.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { followUpGround, GROUND_LABEL } from './follow-up-ground.js'
import { viewMeasures } from './measures-view.js'
import { findUrgePeriod, urgePeriodText } from './urge-period.js'
import { auditRecommendation } from './register-audit.js'
import { clockOf, STATUS_LABEL } from './register-view.service.js'
import { findRecommendation } from './register.repository.js'
import {
  FOLLOW_UP_KIND_LABEL,
  KIND_LABEL,
  MEASURE_LABEL,
  SERVICE_METHOD_LABEL,
} from './register.schema.js'
import { findFollowUps, findGroundFacts, findReply, type ReplyRow } from './reply.repository.js'

/** One 检察建议 with its cases and clocks; audited (it names the cases and the court). */
export async function viewRecommendation(deps: Deps, actor: StaffActor, id: string) {
  const row = isUuid(id) ? await findRecommendation(deps.db, id) : undefined
  if (!row) throw new NotFound('没有找到这份检察建议。')
  const [reply, facts, steps] = await Promise.all([
    findReply(deps.db, id),
    findGroundFacts(deps.db, id),
    findFollowUps(deps.db, id),
  ])
  const measures = await viewMeasures(deps.db, id, reply)
  const urgePeriod = urgePeriodText(await findUrgePeriod(deps.db))
  await auditRecommendation(deps.db, deps, actor, 'recommendation.view', id, {})
  const today = todayInChina(deps.clock.now())
  return {
    ...row,
    kindLabel: KIND_LABEL[row.kind],
    statusLabel: STATUS_LABEL[row.status],
    serviceMethodLabel: row.service_method ? SERVICE_METHOD_LABEL[row.service_method] : undefined,
    clock: clockOf(row, today),
    reply: reply && replyView(reply),
    measures,
    urgePeriod,
    followUpGround: ((g) => g && GROUND_LABEL[g])(facts && followUpGround(facts, today)),
    followUps: steps.map((f) => ({
      id: f.id,
      kind: FOLLOW_UP_KIND_LABEL[f.kind],
      ground: GROUND_LABEL[f.ground],
      takenOn: f.taken_on,
      due: f.due ? `${f.due}（${f.due_explanation}）` : undefined,
      number: f.number ?? undefined,
      note: f.note ?? undefined,
      newRecommendationId: f.new_recommendation_id ?? undefined,
      file: f.file_sha256 ? { sha256: f.file_sha256 } : undefined,
      by: f.recorded_by_name,
    })),
  }
}

function replyView(reply: ReplyRow) {
  return {
    receivedOn: reply.received_on,
    letterNumber: reply.letter_number,
    outcome: REPLY_OUTCOME_LABEL[reply.outcome],
    measures: reply.measures.map((m) => MEASURE_LABEL[m]).join('、') || '—',
    measuresNote: reply.measures_note ?? undefined,
    amountPaid: reply.amount_paid ? `${reply.amount_paid} 元` : undefined,
    courtReasons: reply.court_reasons ?? undefined,
    reasonsAccepted:
      reply.reasons_accepted === null ? undefined : reply.reasons_accepted ? '成立' : '不成立',
    promisedBy: reply.promised_by ?? undefined,
    measuresDoneOn: reply.measures_done_on ?? undefined,
    file: {
      name: reply.file_name,
      size: formatFileSize(reply.file_size),
      sha256: reply.file_sha256,
    },
  }
}

export type RecommendationDetail = Awaited<ReturnType<typeof viewRecommendation>>
