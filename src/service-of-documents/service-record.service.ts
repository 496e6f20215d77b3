import type { Deps } from '../deps.js'
import type { FormErrors } from '../http/form.js'
import { todayInChina } from '../kernel/china-time.js'
import { isUuid } from '../kernel/ids.js'
import { auditStaffChange, touchApplication } from '../actions/staff-change.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { startSupplementPeriodOnService } from '../supplements/supplement-period.js'
import type { ReceivedFile } from '../uploads/multipart.js'
import { STAGES } from '../workflow/stages.js'
import type { ServiceRecordForm } from './service-record.schema.js'
import { findServableDocument, insertService } from './service.repository.js'

/**
 * What the form cannot know alone: the document must be a notice of this application, the date of
 * service lies between its issue and today, and the proof fits the method (民诉法 第八十七条: direct
 * service is proved by the 送达回证 with the recipient's signature; postal service by the post's
 * record or the returned 回证). Empty when the record may be stored.
 */
export async function serviceProblems(
  deps: Deps,
  applicationId: string,
  form: ServiceRecordForm,
  proof: ReceivedFile | undefined,
): Promise<FormErrors> {
  const errors: FormErrors = {}
  const doc = isUuid(form.documentId)
    ? await findServableDocument(deps.db, applicationId, form.documentId)
    : undefined
  if (!doc) errors.documentId = '请选择本案已出具的文书'
  const issuedOn = doc ? todayInChina(doc.issued_at) : undefined
  if (issuedOn && form.servedOn < issuedOn)
    errors.servedOn = `送达日期不能早于文书的出具日期（${issuedOn}）`
  else if (form.servedOn > todayInChina(deps.clock.now())) errors.servedOn = '送达日期不能晚于今天'
  if (form.method === 'direct') {
    if (!proof) errors.file = '直接送达请上传受送达人签名的送达回证扫描件'
    if (!form.signedBy) errors.signedBy = '直接送达请填写签收人姓名'
  } else if (!form.trackingNumber && !proof) {
    errors.trackingNumber = '邮寄送达请填写邮件号码，或者上传签收的送达回证扫描件'
  }
  return errors
}

/**
 * Records a postal or direct service (规则 第一百二十八条), with the audit event, in one transaction
 * that also takes the page's version (a second, racing request is refused as stale) and, for a
 * 补正通知书, starts the 补正 period from the day of service.
 */
export async function recordService(
  deps: Deps,
  actor: StaffActor,
  applicationId: string,
  form: ServiceRecordForm,
  proof: ReceivedFile | undefined,
): Promise<string> {
  return deps.db.transaction().execute(async (trx) => {
    const { version } = await touchApplication(trx, deps, {
      applicationId,
      expectedVersion: form.version,
      stages: STAGES,
      what: '登记送达',
    })
    const serviceId = await insertService(trx, {
      documentId: form.documentId,
      applicationId,
      method: form.method,
      servedOn: form.servedOn,
      trackingNumber: form.trackingNumber,
      proofFileId: proof?.storedId,
      proofSha256: proof?.sha256,
      signedBy: form.signedBy,
      note: form.note,
      recordedBy: actor.staff.id,
      at: deps.clock.now(),
    })
    await auditStaffChange(trx, deps, actor, applicationId, 'application.record_service', {
      serviceId,
      documentId: form.documentId,
      method: form.method,
      servedOn: form.servedOn,
      proofSha256: proof?.sha256 ?? null,
      version,
    })
    await startSupplementPeriodOnService(trx, deps, form.documentId)
    return serviceId!
  })
}
