import crypto from 'node:crypto'
import type { NewApplicationRow } from '../../src/applications/application.table.js'
import type { Db } from '../../src/db/database.js'
import { generateTrackingCode } from '../../src/kernel/tracking-code.js'

/**
 * An application row written straight into the table, for list and digest tests that need many
 * rows in given stages and with given due dates (the wizard path is covered by apply-flow tests).
 */
export async function insertQueueApplication(
  db: Db,
  row: Partial<NewApplicationRow> = {},
): Promise<{ id: string; trackingCode: string }> {
  const trackingCode = row.tracking_code ?? generateTrackingCode()
  const dummy = new Uint8Array([1, 2, 3])
  const inserted = await db
    .insertInto('applications')
    .values({
      tracking_code: trackingCode,
      channel: 'online',
      idempotency_key: crypto.randomUUID(),
      submitted_at: new Date('2026-11-20T02:00:00Z'),
      applicant_type: 'person',
      applicant_name: '王五',
      applicant_role: '申请执行人',
      id_number_encrypted: dummy,
      id_number_hash: crypto.randomBytes(16).toString('hex'),
      mobile_encrypted: dummy,
      mobile_hash: crypto.randomBytes(16).toString('hex'),
      court_code: '豫0403',
      court_name: '平顶山市卫东区人民法院',
      case_number: `（2024）豫0403执${crypto.randomInt(1, 99999)}号`,
      supervised_court: true,
      matters: ['消极执行、拖延执行'],
      answers: JSON.stringify({}),
      procedural_reply_due: '2026-12-01',
      procedural_reply_explanation: '测试',
      receipt_mac: 'test',
      ...row,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { id: inserted.id, trackingCode }
}
