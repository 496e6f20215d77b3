import type { Deps } from '../deps.js'
import { NotFound } from '../errors.js'
import { isUuid } from '../kernel/ids.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { auditRecommendation } from './register-audit.js'
import { findEvidenceFile } from './measures.repository.js'
import { findRecommendation } from './register.repository.js'
import { findFollowUpFile, findReply } from './reply.repository.js'

const TYPE_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
}

/** The court's 回复意见函, opened and audited; always sent as an attachment. */
export async function openReplyFile(deps: Deps, actor: StaffActor, id: string) {
  const reply = isUuid(id) ? await findReply(deps.db, id) : undefined
  if (!reply) throw new NotFound('没有找到法院的回复意见函。')
  await auditRecommendation(deps.db, deps, actor, 'recommendation.reply_download', id, {
    sha256: reply.file_sha256,
  })
  return received(deps, reply)
}

function received(deps: Deps, f: { file_key: string; file_name: string; file_size: number }) {
  const ext = /\.([a-z0-9]+)$/i.exec(f.file_name)?.[1]?.toLowerCase() ?? ''
  return {
    stream: deps.fileStore.open(f.file_key),
    type: TYPE_BY_EXTENSION[ext] ?? 'application/octet-stream',
    name: f.file_name,
    size: f.file_size,
  }
}

/** The court's extension letter (两高规定 第十三条), opened and audited. */
export async function openExtensionFile(deps: Deps, actor: StaffActor, id: string) {
  const row = isUuid(id) ? await findRecommendation(deps.db, id) : undefined
  if (!row?.extension_file_key || !row.extension_file_name)
    throw new NotFound('没有找到法院的延期函。')
  await auditRecommendation(deps.db, deps, actor, 'recommendation.extension_download', id, {
    sha256: row.extension_file_sha256,
  })
  return received(deps, {
    file_key: row.extension_file_key,
    file_name: row.extension_file_name,
    file_size: row.extension_file_size ?? 0,
  })
}

/** One evidence file of a measure done (整改落实), opened and audited. */
export async function openEvidenceFile(deps: Deps, actor: StaffActor, id: string, fileId: string) {
  const file =
    isUuid(id) && isUuid(fileId) ? await findEvidenceFile(deps.db, id, fileId) : undefined
  if (!file) throw new NotFound('没有找到这份落实材料。')
  await auditRecommendation(deps.db, deps, actor, 'recommendation.evidence_download', id, {
    measure: file.measure,
    sha256: file.file_sha256,
  })
  return received(deps, file)
}

/** The 提请跟进监督通知书 of one follow-up step, opened and audited. */
export async function openFollowUpFile(deps: Deps, actor: StaffActor, id: string, stepId: string) {
  const step =
    isUuid(id) && isUuid(stepId) ? await findFollowUpFile(deps.db, id, stepId) : undefined
  if (!step?.file_key || !step.number) throw new NotFound('没有找到这份文书。')
  await auditRecommendation(deps.db, deps, actor, 'recommendation.follow_up_download', id, {
    number: step.number,
    sha256: step.file_sha256,
  })
  return {
    stream: deps.fileStore.open(step.file_key),
    type: 'application/pdf',
    name: `提请跟进监督通知书（${step.number}）.pdf`,
    size: step.file_size ?? 0,
  }
}
