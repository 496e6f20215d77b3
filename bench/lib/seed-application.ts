import { DEFAULT_RETENTION } from '../../src/kernel/retention-kinds.js'
import crypto from 'node:crypto'
import type { DraftAnswers } from '../../src/applications/application-answers.js'
import {
  insertApplication,
  insertMaterials,
} from '../../src/applications/application.repository.js'
import type { Draft } from '../../src/applications/draft.service.js'
import {
  applicationRow,
  materialRows,
  type Prepared,
  type PreparedMaterial,
} from '../../src/applications/submission-rows.js'
import { todayInChina } from '../../src/kernel/china-time.js'
import { createOfficialCalendar } from '../../src/calendar/official-calendar.js'
import { addWorkingDays } from '../../src/calendar/workdays.js'
import type { FieldCrypto } from '../../src/crypto/field-encryption.js'
import type { Db } from '../../src/db/database.js'
import { CLOCK_RULES } from '../../src/deadlines/clock-rules.js'
import type { Deps } from '../../src/deps.js'
import { receiptVerificationString } from '../../src/applications/receipt-verification.js'
import {
  findSupervisedCourts,
  getSiteSettingsRow,
} from '../../src/site/site-settings.repository.js'
import type { SiteView } from '../../src/site/site-view.js'
import { hashSessionToken } from '../../src/tracking/applicant-session.js'
import { formatTrackingCode, generateTrackingCode } from '../../src/kernel/tracking-code.js'
import { insertSession } from '../../src/tracking/applicant-session.repository.js'
import { insertApplicationEvent } from '../../src/workflow/application-event.repository.js'

/** The seeded applicant's numbers in clear, as the wizard normalises them. */
export const SEED_MOBILE = '13812345678'
export const SEED_ID_NUMBER = '11010519491231002X'

const ANSWERS: DraftAnswers = {
  selfCheck: {
    role: 'applicant_for_enforcement',
    court: '豫0403',
    about: 'enforcement',
    remedy: 'not_applicable',
  },
  applicantType: 'person',
  person: {
    name: '张秀英',
    sex: '女',
    birthDate: '1949-12-31',
    ethnicity: '汉族',
    idType: '居民身份证',
    idNumber: SEED_ID_NUMBER,
    occupation: '退休',
    address: '河南省平顶山市卫东区建设路 1 号',
  },
  contact: { mobile: SEED_MOBILE, email: 'zhang.xiuying@example.cn', role: '申请执行人' },
  agent: { hasAgent: 'no' },
  parties: [{ name: '平顶山某某商贸有限公司', role: '被执行人' }],
  case: { court: '豫0403', caseNumber: '(2023)豫0403执123号', knownDate: '2026-03-18' },
  complaint: {
    matters: ['消极执行、拖延执行', '执行款物未及时发放'],
    facts:
      '2023 年 5 月法院立案执行后，已查封被执行人的账户，但至今一年多没有任何进展，执行款也没有发放给我。',
    request: '请检察院依法监督法院及时执行并发放执行款。',
    courtRemedy: '未提出',
    noRemedyReason: '法院一直没有作出可以提出异议的裁定。',
  },
  generateLetter: true,
}

/** The generated letter plus three uploads, in receipt order, as a typical online submission. */
function materials(): PreparedMaterial[] {
  const file = (
    slot: PreparedMaterial['slot'],
    original_name: string,
    byte_size: number,
    detected_type: string,
    extra: { description?: string; generated?: boolean } = {},
  ): PreparedMaterial => ({
    slot,
    description: extra.description ?? null,
    original_name,
    byte_size,
    detected_type,
    sha256: crypto.randomBytes(32).toString('hex'),
    file_id: crypto.randomBytes(16).toString('hex'),
    generated: extra.generated ?? false,
  })
  return [
    file('application_letter', '监督申请书（系统生成）.pdf', 48_213, 'application/pdf', {
      generated: true,
    }),
    file('identity', '身份证.png', 1_204_871, 'image/png'),
    file('legal_documents', '执行裁定书.pdf', 2_318_004, 'application/pdf'),
    file('evidence', '银行流水.pdf', 5_902_337, 'application/pdf', {
      description: '被执行人账户冻结后的银行流水',
    }),
  ]
}

export type SeededApplication = { applicationId: string; trackingCode: string }

/**
 * One submitted application written the way submitDraft writes it — the row from the project's
 * own applicationRow() (encrypted ID and mobile, keyed hashes, answers without the numbers),
 * materialRows() and the 'submit' timeline event — in one transaction. No files, audit event or
 * email: the status page and the lookup read none of them.
 */
export async function seedApplication(
  db: Db,
  fieldCrypto: FieldCrypto,
  appSecret: string,
  now: Date,
): Promise<SeededApplication> {
  const [settings, courts] = await Promise.all([getSiteSettingsRow(db), findSupervisedCourts(db)])
  const site: SiteView = {
    name: settings.procuratorate_name,
    shortName: settings.short_name,
    upperName: settings.upper_procuratorate_name,
    address: settings.address,
    officeHours: settings.office_hours,
    phone: settings.phone,
    courts: courts.map((c) => ({ code: c.court_code, name: c.court_name })),
    supplementPeriodDays: settings.supplement_period_days,
    proceduralReplyUnit: settings.procedural_reply_unit,
    retentionMonths: DEFAULT_RETENTION,
  }
  const trackingCode = generateTrackingCode()
  const mats = materials()
  const due = addWorkingDays(
    todayInChina(now),
    CLOCK_RULES.procedural_reply.length.amount,
    createOfficialCalendar(),
  )
  const prepared: Prepared = {
    trackingCode,
    now,
    due,
    materials: mats,
    receiptMac: receiptVerificationString(appSecret, {
      trackingCode: formatTrackingCode(trackingCode),
      submittedAt: now.toISOString(),
      fileHashes: mats.map((m) => m.sha256),
    }),
    idNumber: SEED_ID_NUMBER,
    // Only for the confirmation email, which the seed does not send.
    mail: {
      trackingCode: formatTrackingCode(trackingCode),
      site,
      publicBaseUrl: '',
      due: due.due,
      receiptPdf: new Uint8Array(0),
    },
  }
  const draft: Draft = {
    id: crypto.randomUUID(),
    channel: 'online',
    enteredBy: null,
    answers: ANSWERS,
    applicationId: null,
    expiresAt: now,
  }
  // applicationRow() reads nothing of Deps but the field encryption.
  const deps = { fieldCrypto } as Pick<Deps, 'fieldCrypto'> as Deps
  const applicationId = await db.transaction().execute(async (trx) => {
    const id = await insertApplication(trx, await applicationRow(trx, deps, draft, site, prepared))
    await insertMaterials(trx, materialRows(id, prepared))
    await insertApplicationEvent(trx, {
      applicationId: id,
      at: now,
      action: 'submit',
      from: null,
      to: 'submitted',
    })
    return id
  })
  return { applicationId, trackingCode }
}

/** A live applicant session for the application; returns the cookie value (43 base64url chars). */
export async function seedSession(db: Db, applicationId: string, now: Date): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url')
  await insertSession(db, hashSessionToken(token), applicationId, now)
  return token
}
