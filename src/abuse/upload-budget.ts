import type { Deps } from '../deps.js'
import { UPLOAD_LIMITS } from '../uploads/upload-limits.js'
import { requireBudget } from './rate-limit.js'

const TOO_MUCH =
  '从您的网络地址今天上传的文件已经达到上限，本次上传没有保存。请明天再上传，或到本院控告申诉窗口提交材料。'

/**
 * Issue 12 F11: an address's upload bytes per day are taken from its budget before the body is
 * read, at what the request declares (Content-Length), or at the most one request may carry when
 * it declares nothing. Storage cannot grow past the budget, even by uploads that are then refused.
 */
export async function requireUploadBudget(
  deps: Pick<Deps, 'db' | 'clock' | 'fieldCrypto'>,
  ip: string | null,
  request: Request,
): Promise<void> {
  const declared = Number(request.headers.get('content-length'))
  const amount =
    Number.isFinite(declared) && declared > 0
      ? Math.min(declared, UPLOAD_LIMITS.maxTotalBytes)
      : UPLOAD_LIMITS.maxTotalBytes
  await requireBudget(deps, 'uploadBytes', ip, TOO_MUCH, amount)
}
