import { addMaterials, lockApplicationRow } from '../applications/application.repository.js'
import { remainingQuota } from '../applications/upload-quota.js'
import { todayInChina } from '../calendar/calendar.service.js'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import { transactionWithNotices } from '../notices/notice-transaction.js'
import { receiveUploads, UPLOAD_LIMITS } from '../uploads/multipart.js'
import { applyStageChange } from '../workflow/stage-change.service.js'
import type { Actor } from '../workflow/transitions.js'
import {
  closeSupplement,
  findAnsweredItems,
  findExpiredSupplements,
  findOpenSupplement,
  insertSupplementRequest,
} from './supplement.repository.js'
import type { SupplementItem } from './supplement.table.js'

/**
 * Staff ask for every missing item in one notice (规则 第二十一条): the request, the stage change, the
 * timeline entry listing the items, the audit event and the email in one transaction. The period's
 * length is fixed now; it runs from the day the 补正通知书 is served (supplement-period.ts), so the
 * deadline and the 补正 clock are set only when a service is recorded.
 */
export async function requestSupplement(
  deps: Deps,
  input: {
    applicationId: string
    items: SupplementItem[]
    days?: number
    staff: { id: string; roles: readonly Actor[] }
    expectedVersion?: number
    ip?: string | null
  },
): Promise<{ days: number; number: string }> {
  if (input.items.length === 0) throw new AppError(422, 'bad_request', '请列出需要补正的全部材料。')
  const days = input.days ?? deps.siteSettings.current().supplementPeriodDays
  const list = input.items
    .map((i, n) => `${n + 1}. ${i.label}${i.detail ? `（${i.detail}）` : ''}`)
    .join('\n')
  // The 补正通知书 is numbered, stored and attached to the stage email in the same transaction.
  const number = await transactionWithNotices(deps, async (trx) => {
    const change = await applyStageChange(trx, deps, {
      applicationId: input.applicationId,
      action: 'request_supplement',
      expectedVersion: input.expectedVersion,
      actor: { type: 'staff', id: input.staff.id, roles: input.staff.roles },
      ip: input.ip ?? null,
      notice: { kind: 'supplement_notice', fields: { items: input.items, days } },
      publicNote: `请自收到补正通知书之日起 ${days} 日内补充以下全部材料：\n${list}`,
    })
    await insertSupplementRequest(trx, {
      applicationId: input.applicationId,
      items: input.items,
      days,
      noticeDocumentId: change.notice!.documentId,
      at: deps.clock.now(),
      by: input.staff.id,
    })
    return change.notice!.number
  })
  return { days, number }
}

/**
 * One item of the open 补正 answered with files from the streamed, checked upload pipeline, filed
 * as materials after those the application holds. Upload refusals are thrown as UploadRejected.
 */
export async function answerSupplementItem(
  deps: Deps,
  applicationId: string,
  itemKey: string | undefined,
  request: Request,
): Promise<void> {
  const open = await findOpenSupplement(deps.db, applicationId)
  const item = open?.items.find((i) => i.key === itemKey)
  if (!open || !item) throw new AppError(409, 'conflict', '目前没有需要补正的这项材料。')
  const remaining = await remainingQuota(deps.db, { kind: 'supplement', applicationId })
  const { files } = await receiveUploads(request, deps.fileStore, UPLOAD_LIMITS, {
    fileFields: ['file'],
    remaining,
  })
  if (files.length === 0)
    throw new AppError(422, 'bad_request', `请选择要上传的“${item.label}”文件。`)
  await addMaterials(deps.db, applicationId, files, {
    slot: 'supplement',
    description: item.label,
    uploadedBy: 'applicant',
    at: deps.clock.now(),
    supplement: { requestId: open.id, item: item.key },
  })
}

/** The applicant has answered every item: back to staff (`submitted`), the 补正 clock stops. */
export async function completeSupplement(
  deps: Deps,
  applicationId: string,
  ip: string | null,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await lockApplicationRow(trx, applicationId) // before closeSupplement: see lockApplicationRow
    const open = await findOpenSupplement(trx, applicationId)
    if (!open) throw new AppError(409, 'conflict', '目前没有需要补正的材料。')
    const answered = await findAnsweredItems(trx, open.id)
    const missing = open.items.filter((i) => !answered.has(i.key))
    if (missing.length > 0) {
      throw new AppError(
        422,
        'bad_request',
        `还缺少：${missing.map((i) => i.label).join('、')}。请上传后再提交。`,
      )
    }
    await closeSupplement(trx, open.id, 'completed_at', deps.clock.now())
    await applyStageChange(trx, deps, {
      applicationId,
      action: 'supplement_complete',
      actor: { type: 'applicant', id: applicationId, roles: ['applicant'] },
      ip,
    })
  })
}

/**
 * The hourly job: a 补正 not answered by its deadline means the application is deemed withdrawn
 * (规则 第二十一条). Only a request whose notice has a recorded service has a deadline at all
 * (findExpiredSupplements checks both), so an application is never deemed withdrawn before the
 * period counted from service has ended.
 */
export async function expireSupplements(deps: Deps): Promise<number> {
  const expired = await findExpiredSupplements(deps.db, todayInChina(deps.clock.now()))
  for (const r of expired) {
    await deps.db.transaction().execute(async (trx) => {
      await lockApplicationRow(trx, r.application_id) // before closeSupplement: see lockApplicationRow
      await closeSupplement(trx, r.id, 'expired_at', deps.clock.now())
      await applyStageChange(trx, deps, {
        applicationId: r.application_id,
        action: 'deem_withdrawn',
        actor: { type: 'system', roles: ['system'] },
        publicNote:
          '补正期限已过，未补齐材料，依照《人民检察院民事诉讼监督规则》第二十一条视为撤回监督申请。',
      })
    })
  }
  return expired.length
}
