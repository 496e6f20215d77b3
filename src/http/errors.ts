import type { AppErrorCode } from '../errors.js'

/** Titles and explanations of the error pages, in the words a citizen would understand. */
export const ERROR_TEXT: Record<AppErrorCode, { title: string; message: string }> = {
  bad_request: {
    title: '请求无法处理',
    message: '提交的内容不完整或格式不正确，请返回上一页检查后重试。',
  },
  csrf_invalid: {
    title: '页面已过期',
    message:
      '为保护您的信息安全，本次提交未被接受，也没有保存任何内容。请返回上一页，刷新页面后重新提交。',
  },
  forbidden: { title: '无权访问', message: '您没有权限进行此项操作。' },
  not_found: {
    title: '页面不存在',
    message: '您访问的页面不存在或已被移除。请检查网址是否输入正确，或从首页重新进入。',
  },
  payload_too_large: {
    title: '提交的内容过大',
    message: '本次提交的内容超过了允许的大小，未被接受，也没有保存任何内容。请减少内容后重试。',
  },
  rate_limited: { title: '操作过于频繁', message: '您的操作过于频繁，请稍后再试。' },
  request_timeout: {
    title: '上传已中断',
    message:
      '长时间没有收到上传的数据，本次上传已停止，没有保存任何文件。请检查网络后返回上一页重新上传。',
  },
  storage_unavailable: {
    title: '文件暂时无法保存',
    message:
      '服务器的存储空间暂时不足或不可写，本次提交的文件没有保存，已保存的内容没有丢失。请稍后再试。',
  },
  conflict: {
    title: '内容已发生变化',
    message: '该内容已被更新，请刷新页面查看最新情况后再操作。',
  },
  service_unavailable: {
    title: '服务暂时不可用',
    message: '系统正在维护或暂时繁忙，您的数据不会丢失。请稍后再试。',
  },
  file_damaged: {
    title: '文件未通过校验',
    message:
      '这份文件未通过完整性校验，可能已损坏或被改动，系统没有提供它。其他材料不受影响。请联系工作人员处理，并提供下方的请求编号。',
  },
  internal: {
    title: '系统出现错误',
    message:
      '很抱歉，系统处理您的请求时出现错误，本次操作未完成。请稍后重试；如问题持续，请联系我们并提供下方的请求编号。',
  },
}

/**
 * The file store is full or read-only (ENOSPC, EROFS, EDQUOT), or the object store cannot be
 * reached (decision 080): nothing was stored, try later.
 */
export function isStorageUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | undefined)?.code
  return (
    code === 'ENOSPC' ||
    code === 'EROFS' ||
    code === 'EDQUOT' ||
    code === 'object_store_unavailable'
  )
}

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EPIPE',
])

/**
 * True for errors meaning "the database cannot be reached right now" (server down, restarting,
 * connection lost), which get a 503 page instead of a 500: the request may succeed later.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false
  const code = String((err as { code?: unknown }).code ?? '')
  if (CONNECTION_ERROR_CODES.has(code)) return true
  // SQLSTATE class 08 (connection exception) and 57P01–57P03 (admin shutdown, crash, cannot connect now)
  if (/^08/.test(code) || /^57P0[1-3]$/.test(code)) return true
  return /Connection terminated|timeout exceeded when trying to connect|PGlite is clos(ed|ing)/i.test(
    err.message,
  )
}
