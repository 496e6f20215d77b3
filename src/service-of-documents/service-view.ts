import type { Option } from '../../views/components/field.js'
import type {
  ServiceDocumentItem,
  ServiceSectionView,
} from '../../views/pages/staff/case/case-service.js'
import type { Db } from '../db/database.js'
import { formatCalendarDay, formatChineseDateTime } from '../kernel/china-time.js'
import { addresseeOf, consentLabel, maskAddress } from './service-addressee.js'
import {
  hasUnservedSupplement,
  findPendingServiceEmails,
  findServableDocuments,
  findServiceAddressee,
  findServices,
} from './service.repository.js'
import { SERVICE_METHOD_LABEL, type DocumentServiceRow } from './service.table.js'

type ServiceRecord = Pick<
  DocumentServiceRow,
  | 'document_id'
  | 'method'
  | 'served_on'
  | 'served_at'
  | 'tracking_number'
  | 'proof_sha256'
  | 'signed_by'
>

/** The notices of an application for the 登记送达 form, those not yet served first. */
export async function serviceDocumentOptions(db: Db, applicationId: string): Promise<Option[]> {
  const [docs, services] = await Promise.all([
    findServableDocuments(db, applicationId),
    findServices(db, applicationId),
  ])
  const served = new Set(services.map((s) => s.document_id))
  const label = (d: (typeof docs)[number]) =>
    `${d.title}（${d.number ?? '无文号'}）${served.has(d.id) ? '，已登记送达' : '，待送达'}`
  return [
    { value: '', label: '请选择' },
    ...docs
      .sort((a, b) => Number(served.has(a.id)) - Number(served.has(b.id)))
      .map((d) => ({ value: d.id, label: label(d) })),
  ]
}

/**
 * The 送达 section of the staff case page: the applicant's answer on electronic service, the
 * masked address, and for every notice whether it is served (how, when, with what proof) or waits
 * for service, with the envelope sheet and the 送达回证 form to print.
 */
export async function caseServiceView(db: Db, applicationId: string): Promise<ServiceSectionView> {
  const [app, docs, services, emails, unserved] = await Promise.all([
    findServiceAddressee(db, applicationId),
    findServableDocuments(db, applicationId),
    findServices(db, applicationId),
    findPendingServiceEmails(db, applicationId),
    hasUnservedSupplement(db, applicationId),
  ])
  const addressee = addresseeOf(app!)
  const base = `/staff/applications/${applicationId}`
  const emailOf = new Map(emails.map((e) => [e.document_id, e.status]))
  const documents: ServiceDocumentItem[] = docs.map((d) => {
    const records = services.filter((s) => s.document_id === d.id)
    return {
      title: d.title,
      number: d.number ?? '',
      issuedAt: formatChineseDateTime(d.issued_at),
      status: statusOf(records.length > 0, emailOf.get(d.id)),
      services: records.map(describeService),
      envelopeHref: `${base}/service/${d.id}/envelope`,
      returnReceiptHref: `${base}/service/${d.id}/return-receipt`,
    }
  })
  return {
    consent: consentLabel(addressee),
    address: maskAddress(addressee.address),
    documents,
    ...(unserved
      ? {
          warning: '补正通知书尚未送达：补正期限自送达之日起计算，登记送达之前不会视为撤回申请。',
        }
      : {}),
    recordHref: `${base}/actions/record_service`,
  }
}

function statusOf(served: boolean, email: string | undefined): ServiceDocumentItem['status'] {
  if (served) return { code: 'served', label: '已送达' }
  if (email === 'pending')
    return { code: 'sending', label: '电子送达中（邮件尚未被邮件服务器接收）' }
  if (email === 'failed')
    return { code: 'pending', label: '待送达（电子邮件发送失败，请邮寄或者直接送达）' }
  return { code: 'pending', label: '待送达' }
}

function describeService(s: ServiceRecord): string {
  const proof = [
    s.served_at ? `邮件服务器于 ${formatChineseDateTime(s.served_at)} 接收` : '',
    s.tracking_number ? `邮件号码 ${s.tracking_number}` : '',
    s.signed_by ? `签收人 ${s.signed_by}` : '',
    s.proof_sha256 ? `送达回证扫描件（SHA-256 ${s.proof_sha256.slice(0, 12)}…）` : '',
  ].filter(Boolean)
  return `${SERVICE_METHOD_LABEL[s.method]}，${formatCalendarDay(s.served_on)}送达${proof.length ? `；${proof.join('，')}` : ''}`
}
