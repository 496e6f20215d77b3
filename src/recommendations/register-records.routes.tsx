import { Hono } from 'hono'
import type { Deps } from '../deps.js'
import { sendStoredFile } from '../http/send-stored-file.js'
import { staffRoute } from '../staff/staff-access.js'
import { actorOf } from '../staff/staff-actor.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { recordService } from './delivery.service.js'
import { takeFollowUp } from './follow-up.service.js'
import { formOf, renderDetail } from './register-detail.routes.js'
import { RECOMMENDATION_ROUTES as R } from './register-paths.js'
import { FollowUpSchema, ServiceSchema } from './register.schema.js'
import {
  openEvidenceFile,
  openExtensionFile,
  openFollowUpFile,
  openReplyFile,
} from './reply-file.js'
import { receiveExtension, receiveMeasureDone, receiveReply } from './reply-upload.js'

const back = (id: string, done: string) => `/staff/recommendations/${id}?done=${done}`

/** What happens to a 检察建议 after the decision: service, extension, reply, 整改落实, 跟进监督. */
export function registerRecordRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, R.service, async (c) => {
    const form = await formOf(c, 'service', ServiceSchema)
    if (!form.ok) return renderDetail(c, deps, form.invalid)
    const id = c.req.param('id')!
    const result = await recordService(deps, actorOf(c, deps), id, form.data)
    if (!result.ok) return renderDetail(c, deps, { ...form.raw, errors: result.errors })
    return c.redirect(back(id, 'service'), 303)
  })
  staffRoute(app, R.extension, async (c) => {
    const id = c.req.param('id')!
    const invalid = await receiveExtension(deps, c.req.raw, actorOf(c, deps), id)
    if (invalid) return renderDetail(c, deps, { name: 'extension', ...invalid })
    return c.redirect(back(id, 'extension'), 303)
  })
  staffRoute(app, R.extensionFile, async (c) => {
    const file = await openExtensionFile(deps, actorOf(c, deps), c.req.param('id')!)
    return sendStoredFile(c, file, 'attachment')
  })
  staffRoute(app, R.reply, async (c) => {
    const id = c.req.param('id')!
    const invalid = await receiveReply(deps, c.req.raw, actorOf(c, deps), id)
    if (invalid) return renderDetail(c, deps, { name: 'reply', ...invalid })
    return c.redirect(back(id, 'reply'), 303)
  })
  staffRoute(app, R.replyFile, async (c) => {
    const file = await openReplyFile(deps, actorOf(c, deps), c.req.param('id')!)
    return sendStoredFile(c, file, 'attachment')
  })
  staffRoute(app, R.measureDone, async (c) => {
    const id = c.req.param('id')!
    const invalid = await receiveMeasureDone(deps, c.req.raw, actorOf(c, deps), id)
    if (invalid) return renderDetail(c, deps, { name: 'measureDone', ...invalid })
    return c.redirect(back(id, 'measureDone'), 303)
  })
  staffRoute(app, R.evidenceFile, async (c) => {
    const { id, file } = c.req.param() as { id: string; file: string }
    return sendStoredFile(c, await openEvidenceFile(deps, actorOf(c, deps), id, file), 'attachment')
  })
  staffRoute(app, R.followUp, async (c) => {
    const form = await formOf(c, 'followUp', FollowUpSchema)
    if (!form.ok) return renderDetail(c, deps, form.invalid)
    const id = c.req.param('id')!
    await takeFollowUp(deps, actorOf(c, deps), c.var.site, id, form.data)
    return c.redirect(back(id, 'followUp'), 303)
  })
  staffRoute(app, R.followUpFile, async (c) => {
    const { id, step } = c.req.param() as { id: string; step: string }
    return sendStoredFile(c, await openFollowUpFile(deps, actorOf(c, deps), id, step), 'attachment')
  })
  return app
}
