import type { Deps } from '../../../deps.js'
import { receiveExchangeUpload } from '../../../exchange/import/exchange-upload.js'
import { parseForm, type FormErrors } from '../../../http/form.js'
import { formatChineseDateTime } from '../../../kernel/china-time.js'
import { kindDef, REF_KINDS } from '../../../leads/reference/reference-kinds.js'
import { findReferenceLists } from '../../../leads/reference/reference-list.repository.js'
import {
  importReferenceList,
  ReferenceRefused,
} from '../../../leads/reference/reference-list.service.js'
import type { RefKind } from '../../../leads/rules/rule-types.js'
import type { StaffActor } from '../../staff-actor.js'
import { ReferenceListSchema } from './reference-lists.schema.js'

export type ReceiveOutcome =
  | { ok: true }
  | { ok: false; status: 400 | 413; message: string }
  | {
      ok: false
      status: 422
      errors: FormErrors
      values: Record<string, string>
      problems: string[]
    }

/** The upload form: the list's facts checked first, then the file read through (all or nothing). */
export async function receiveReferenceList(
  deps: Deps,
  actor: StaffActor,
  request: Request,
): Promise<ReceiveOutcome> {
  const received = await receiveExchangeUpload(request, deps.fileStore)
  if (!received.ok) return { ok: false, status: received.status, message: received.message }
  const values = received.fields
  const file = received.file
  const parsed = parseForm(ReferenceListSchema, values)
  const errors: FormErrors = {
    ...(parsed.ok ? {} : parsed.form.errors),
    ...(file ? {} : { file: '请选择名单文件（.xlsx、.xls 或 .csv）' }),
  }
  try {
    if (!parsed.ok || !file) return { ok: false, status: 422, errors, values, problems: [] }
    await importReferenceList(
      deps,
      actor,
      { ...parsed.data, kind: parsed.data.kind as RefKind },
      file,
    )
    return { ok: true }
  } catch (err) {
    if (!(err instanceof ReferenceRefused)) throw err
    const first =
      err.field === 'file' ? '名单文件未能导入，请按下列说明修改后重新上传' : err.problems[0]!
    return {
      ok: false,
      status: 422,
      errors: { [err.field]: first },
      values,
      problems: err.problems,
    }
  } finally {
    if (file) await deps.fileStore.remove(file.id).catch(() => undefined)
  }
}

export type ReferenceListView = {
  id: string
  kindLabel: string
  rules: string
  source: string
  obtainedOn: string
  legalBasis: string
  fileName: string
  entries: number
  active: boolean
  uploaded: string
  withdrawn: string | null
}

export async function referenceListsView(deps: Deps): Promise<ReferenceListView[]> {
  return (await findReferenceLists(deps.db)).map((l) => {
    const def = kindDef(l.kind)!
    return {
      id: l.id,
      kindLabel: def.label,
      rules: def.rules.join('、') || '（暂无规则使用）',
      source: l.source,
      obtainedOn: l.obtained_on,
      legalBasis: l.legal_basis,
      fileName: l.file_name,
      entries: l.entry_count,
      active: l.status === 'active',
      uploaded: `${formatChineseDateTime(l.uploaded_at)}，${l.uploaded_by_name}`,
      withdrawn: l.withdrawn_at
        ? `${formatChineseDateTime(l.withdrawn_at)}停用：${l.withdraw_reason ?? ''}`
        : null,
    }
  })
}

export type ReferenceKindView = { kind: string; label: string; required: string; optional: string }

/** Each kind with the header its columns are recognised by (the first alias). */
export function referenceKindsView(): ReferenceKindView[] {
  return REF_KINDS.map((k) => {
    const name = (c: string) => (k.columns as Record<string, string[]>)[c]![0]!
    const optional = Object.keys(k.columns).filter((c) => !k.required.includes(c as never))
    return {
      kind: k.kind,
      label: k.label,
      required: k.required.map(name).join('、'),
      optional: optional.map(name).join('、'),
    }
  })
}
