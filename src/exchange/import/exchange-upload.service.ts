import { insertAuditEvent } from '../../audit/audit.repository.js'
import type { Deps } from '../../deps.js'
import { formatChineseDateTime } from '../../kernel/china-time.js'
import type { FormErrors } from '../../http/form.js'
import { recordedActor, type StaffActor } from '../../staff/staff-actor.js'
import { findCourtCaseNos } from './court-case.repository.js'
import {
  findConfirmedBySha,
  findProfileForCourt,
  insertBatch,
  updatePreview,
  upsertProfile,
} from './exchange-batch.repository.js'
import type { ExchangeBatchRow } from './exchange-import.table.js'
import { EXCHANGE_UPLOAD_LIMITS, receiveExchangeUpload } from './exchange-upload.js'
import { storedFileSource } from './exchange-source.js'
import { detectFormat, type Detected } from './format-detect.js'
import { ImportRefused, refusalText } from './import-refusal.js'
import { previewImport } from './import-preview.js'
import { EMPTY_MAPPING, type ImportMapping } from './sheet-layout.js'

export type UploadOutcome =
  | { ok: true; batchId: string }
  | { ok: false; status: 400 | 413 | 422; errors: FormErrors; values: Record<string, string> }

/**
 * Receives one court file, decides what it is from its bytes, reads it through once with the
 * court's saved profile (if any) and keeps it as a pending batch with its preview. Nothing of the
 * court's data is stored before staff confirm; a refused file is removed again.
 */
export async function uploadBatch(
  deps: Deps,
  actor: StaffActor,
  request: Request,
): Promise<UploadOutcome> {
  const received = await receiveExchangeUpload(request, deps.fileStore)
  if (!received.ok)
    return { ok: false, status: received.status, errors: { file: received.message }, values: {} }
  const values = { court: received.fields.court ?? '' }
  const court = deps.siteSettings.current().courts.find((c) => c.code === values.court)
  const file = received.file
  const errors: FormErrors = {
    ...(court ? {} : { court: '请选择提供这份清单的法院' }),
    ...(file ? {} : { file: '请选择法院提供的执行案件清单文件（.xlsx、.xls 或 .csv）' }),
  }
  if (!court || !file) {
    if (file) await deps.fileStore.remove(file.id)
    return { ok: false, status: 422, errors, values }
  }
  try {
    const source = storedFileSource(deps, { key: file.id, name: file.name, size: file.size })
    const earlier = await findConfirmedBySha(deps.db, court.code, file.sha256)
    if (earlier?.confirmed_at) {
      throw new ImportRefused(
        'duplicate_file',
        refusalText.duplicateFile(file.name, formatChineseDateTime(earlier.confirmed_at)),
      )
    }
    const detected = await detectFormat(source)
    if (detected.format === 'xls' && file.size > EXCHANGE_UPLOAD_LIMITS.maxXlsBytes) {
      throw new ImportRefused(
        'too_many_rows',
        `文件“${file.name}”是 .xls 格式且超过 30 MB，请在 Excel 或 WPS 中另存为 .xlsx 后上传`,
      )
    }
    const profile = await findProfileForCourt(deps.db, court.code)
    const mapping = (profile?.mapping as ImportMapping | undefined) ?? EMPTY_MAPPING
    const preview = await runPreview(deps, court.code, source, detected, mapping)
    const batchId = await deps.db.transaction().execute(async (trx) => {
      const id = await insertBatch(trx, {
        court_code: court.code,
        court_name: court.name,
        status: 'pending',
        file_key: file.id,
        file_name: file.name,
        file_sha256: file.sha256,
        file_size: file.size,
        file_format: detected.format,
        encoding: detected.encoding ?? null,
        profile_id: profile?.id ?? null,
        mapping: JSON.stringify(mapping),
        preview: JSON.stringify(preview),
        uploaded_by: actor.staff.id,
        uploaded_at: deps.clock.now(),
      })
      await insertAuditEvent(trx, {
        actor: recordedActor(actor),
        ip: actor.ip,
        action: 'exchange.upload',
        at: deps.clock.now(),
        object: { type: 'exchange_batch', id },
        result: 'success',
        details: {
          court: court.code,
          format: detected.format,
          sha256: file.sha256,
          rows: preview.rowsRead,
        },
      })
      return id
    })
    return { ok: true, batchId }
  } catch (err) {
    await deps.fileStore.remove(file.id).catch(() => undefined)
    if (!(err instanceof ImportRefused)) throw err
    return { ok: false, status: 422, errors: { file: err.reason }, values }
  }
}

async function runPreview(
  deps: Deps,
  court: string,
  source: ReturnType<typeof storedFileSource>,
  detected: Detected,
  mapping: ImportMapping,
) {
  return previewImport(source, detected, mapping, {
    maxRows: deps.config.exchangeMaxRows,
    today: deps.clock.now(),
    knownCaseNos: await findCourtCaseNos(deps.db, court),
  })
}

export type RemapInput = { mapping: ImportMapping; profileName: string | undefined }

/**
 * Staff corrected a column or a value map: the preview is computed again with it, and saved as the
 * court's named profile when asked, so the court's next file is read the same way.
 */
export async function remapBatch(
  deps: Deps,
  actor: StaffActor,
  batch: ExchangeBatchRow,
  input: RemapInput,
): Promise<FormErrors> {
  const source = storedFileSource(deps, {
    key: batch.file_key,
    name: batch.file_name,
    size: batch.file_size,
  })
  const detected: Detected = {
    format: batch.file_format,
    ...(batch.encoding ? { encoding: batch.encoding } : {}),
  }
  let preview
  try {
    preview = await runPreview(deps, batch.court_code, source, detected, input.mapping)
  } catch (err) {
    if (!(err instanceof ImportRefused)) throw err
    return { _form: err.reason }
  }
  await deps.db.transaction().execute(async (trx) => {
    const profileId = input.profileName
      ? await upsertProfile(trx, {
          court_code: batch.court_code,
          name: input.profileName,
          mapping: input.mapping,
          saved_by: actor.staff.id,
          saved_at: deps.clock.now(),
        })
      : undefined
    await updatePreview(trx, batch.id, input.mapping, preview, profileId)
    await insertAuditEvent(trx, {
      actor: recordedActor(actor),
      ip: actor.ip,
      at: deps.clock.now(),
      action: input.profileName ? 'exchange.profile_save' : 'exchange.remap',
      object: { type: 'exchange_batch', id: batch.id },
      result: 'success',
      details: input.profileName ? { court: batch.court_code, profile: input.profileName } : {},
    })
  })
  return {}
}
