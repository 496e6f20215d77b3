import type { Deps } from '../deps.js'
import type { InvalidForm } from '../http/form.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { MeasureDoneSchema } from './measures.schema.js'
import { recordMeasureDone } from './measures.service.js'
import { receiveRegisterUpload } from './register-upload.js'
import { ExtensionSchema, ReplySchema } from './register.schema.js'
import { recordExtension } from './delivery.service.js'
import { recordReply } from './reply.service.js'

/** The register's POSTs whose multipart bodies are streamed (STREAMING_UPLOAD_PATHS in src/app.ts). */
export const REPLY_UPLOAD_PATH =
  /^\/staff\/recommendations\/[0-9a-f-]{36}\/(reply|measures|extension)$/

/** The court's 回复意见函: one letter. */
export function receiveReply(
  deps: Deps,
  request: Request,
  actor: StaffActor,
  id: string,
): Promise<InvalidForm | undefined> {
  return receiveRegisterUpload(deps, request, {
    field: 'file',
    maxFiles: 1,
    schema: ReplySchema,
    missing: '请上传法院的回复意见函（PDF、JPG 或 PNG）',
    record: (form, [letter]) => recordReply(deps, actor, id, form, letter!),
  })
}

/** 整改落实: one measure done, with one to five evidence files. */
export function receiveMeasureDone(
  deps: Deps,
  request: Request,
  actor: StaffActor,
  id: string,
): Promise<InvalidForm | undefined> {
  return receiveRegisterUpload(deps, request, {
    field: 'evidence',
    maxFiles: MAX_EVIDENCE_FILES,
    schema: MeasureDoneSchema,
    missing: '请上传证明措施已经落实的材料（PDF、JPG 或 PNG），如恢复执行裁定书、支付凭证',
    record: (form, files) => recordMeasureDone(deps, actor, id, form, files),
  })
}

export const MAX_EVIDENCE_FILES = 5

/** The court's letter asking for one more month: one letter, kept with its hash. */
export function receiveExtension(
  deps: Deps,
  request: Request,
  actor: StaffActor,
  id: string,
): Promise<InvalidForm | undefined> {
  return receiveRegisterUpload(deps, request, {
    field: 'letter',
    maxFiles: 1,
    schema: ExtensionSchema,
    missing: '请上传法院的延期函（PDF、JPG 或 PNG）',
    record: (form, [letter]) => recordExtension(deps, actor, id, form, letter!),
  })
}
