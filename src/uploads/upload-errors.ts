import { AppError } from '../errors.js'
import { formatSizeLimit } from '../kernel/file-size.js'
import type { FileRefused, TypeDecision } from './file-checks.js'

export type UploadProblemCode =
  | 'file_too_large'
  | 'too_many_files'
  | 'request_too_large'
  | 'application_too_large'
  | 'wrong_type'
  | 'empty'
  | 'encrypted'
  | 'active_content'
  | 'too_many_fields'
  | 'malformed'
  | 'aborted'

/** One thing wrong with an upload, in words for the applicant (naming the file where there is one). */
export type UploadProblem = {
  code: UploadProblemCode
  /** sanitised display name; null for problems of the whole request */
  fileName: string | null
  fieldName: string | null
  message: string
}

const SIZE_CODES = new Set<UploadProblemCode>([
  'file_too_large',
  'too_many_files',
  'request_too_large',
  'application_too_large',
])

/**
 * Nothing of the request was kept: every file it stored has been removed. `problems` lists each
 * refusal (several when several files were wrong) for the error summary of the upload page.
 */
export class UploadRejected extends Error {
  readonly status: 400 | 413 | 422
  constructor(readonly problems: UploadProblem[]) {
    super(`upload rejected: ${problems.map((p) => p.code).join(', ')}`)
    this.name = 'UploadRejected'
    const codes = problems.map((p) => p.code)
    this.status = codes.some((c) => SIZE_CODES.has(c))
      ? 413
      : codes.some((c) => c === 'malformed' || c === 'aborted' || c === 'too_many_fields')
        ? 400
        : 422
  }
}

/** An upload refusal as an answer: its status and every problem in one sentence. */
export type UploadRefusal = { status: UploadRejected['status']; message: string }

/** The refusal behind `err`, or undefined when `err` is not an upload refusal (rethrow it). */
export function uploadProblem(err: unknown): UploadRefusal | undefined {
  if (!(err instanceof UploadRejected)) return undefined
  return { status: err.status, message: err.problems.map((p) => p.message).join('；') }
}

/**
 * For uploads with no form to show again (a 补正 item, further evidence): the error page, 413 for a
 * size limit and 422 otherwise. Any other error is returned as it is, to be rethrown.
 */
export function uploadErrorPage(err: unknown): unknown {
  const problem = uploadProblem(err)
  if (!problem) return err
  return new AppError(problem.status === 413 ? 413 : 422, 'bad_request', problem.message)
}

const mb = formatSizeLimit

/** Chinese texts; the file name is always quoted with “” so the applicant knows which one. */
export const uploadMessages = {
  fileTooLarge: (name: string, max: number) =>
    `文件“${name}”超过 ${mb(max)}，请压缩或分成几个文件上传`,
  tooManyFiles: (max: number, remaining: number) =>
    remaining >= max
      ? `一次申请最多上传 ${max} 个文件`
      : remaining > 0
        ? `一次申请最多上传 ${max} 个文件，本申请还能再上传 ${remaining} 个`
        : `一次申请最多上传 ${max} 个文件，本申请已达到上限，不能再上传`,
  requestTooLarge: (name: string, max: number) =>
    `本次上传的文件合计超过 ${mb(max)}（到文件“${name}”时超出），请压缩后分几次上传`,
  applicationTooLarge: (name: string, max: number, remaining: number) =>
    `一份申请的材料合计不能超过 ${mb(max)}，本申请还能再上传 ${mb(remaining)}；` +
    `文件“${name}”超出了剩余额度，请压缩后再上传`,
  wrongType: (name: string, decision?: Extract<TypeDecision, { accepted: false }>) =>
    decision?.kind === 'heic'
      ? `文件“${name}”是 HEIC 格式的照片，暂不支持，请在手机上转为 JPG（或截图）后上传`
      : `文件“${name}”的实际内容不是 PDF、JPG 或 PNG` +
        (decision?.label ? `（识别为 ${decision.label}）` : '') +
        '，请上传扫描件或照片',
  empty: (name: string) => `文件“${name}”是空文件（0 字节），请重新选择后上传`,
  encrypted: (name: string) => `文件“${name}”设有密码，无法查看，请上传未加密的版本`,
  activeContent: (name: string) =>
    `文件“${name}”含有脚本、启动程序或内嵌文件等可自动运行的内容，为安全起见不能接收；请将其打印为新的 PDF 或扫描后再上传`,
  tooManyFields: () => '提交的表单内容过多或过长，请返回上一页重新填写后提交',
  malformed: () => '上传的数据不完整或格式不正确，请返回上一页重新选择文件后上传',
  aborted: () => '上传中断，没有保存任何文件，请检查网络后重新上传',
}

/** A problem of the whole request rather than of one file. */
export function requestProblem(code: 'too_many_fields' | 'malformed' | 'aborted'): UploadProblem {
  const message =
    code === 'malformed'
      ? uploadMessages.malformed()
      : code === 'aborted'
        ? uploadMessages.aborted()
        : uploadMessages.tooManyFields()
  return { code, fieldName: null, fileName: null, message }
}

export function contentProblem(
  err: FileRefused,
  fieldName: string,
  fileName: string,
): UploadProblem {
  const message =
    err.code === 'empty'
      ? uploadMessages.empty(fileName)
      : err.code === 'encrypted'
        ? uploadMessages.encrypted(fileName)
        : err.code === 'active_content'
          ? uploadMessages.activeContent(fileName)
          : uploadMessages.wrongType(fileName, err.decision)
  return { code: err.code, fieldName, fileName, message }
}
