import { Hono } from 'hono'
import { findApplicationById } from '../applications/application.repository.js'
import { insertAuditEvent } from '../audit/audit.repository.js'
import type { Deps } from '../deps.js'
import { clientIp } from '../http/client-ip.js'
import { AppError } from '../http/errors.js'
import { insertApplicationEvent } from '../workflow/application-event.repository.js'
import type { TrackEnv } from './applicant-session.js'

/** POST /track/recusal — the request reaches staff as a row, with its timeline entry and audit event. */
export function recusalRoutes(deps: Deps) {
  return new Hono<TrackEnv>().post('/recusal', async (c) => {
    const app = (await findApplicationById(deps.db, c.var.applicationId))!
    if (!app.assigned_staff_id)
      throw new AppError(409, 'conflict', '本案还没有确定承办检察官，暂时不能申请回避。')
    const reason = String((await c.req.parseBody()).reason ?? '').trim()
    if ([...reason].length < 5 || [...reason].length > 2000) {
      throw new AppError(422, 'bad_request', '请写明申请回避的理由（5 至 2000 字）。')
    }
    const now = deps.clock.now()
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('recusal_requests')
        .values({
          application_id: app.id,
          staff_id: app.assigned_staff_id!,
          reason,
          requested_at: now,
        })
        .execute()
      await insertApplicationEvent(trx, {
        applicationId: app.id,
        at: now,
        action: 'request_recusal',
        from: app.stage,
        to: app.stage,
        publicNote: '已提交回避申请，本院将依法处理并告知结果。',
      })
      await insertAuditEvent(trx, {
        actor: { type: 'applicant', id: app.id },
        ip: clientIp(c, deps),
        action: 'application.request_recusal',
        object: { type: 'application', id: app.id },
        result: 'success',
        at: now,
      })
    })
    return c.redirect('/track/status', 303)
  })
}
