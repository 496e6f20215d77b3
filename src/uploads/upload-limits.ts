import { uploadMessages as say, type UploadProblem } from './upload-errors.js'

export type UploadLimits = {
  maxFileBytes: number
  /** files per request (and per application: docs/product.md §5) */
  maxFiles: number
  /** file bytes per request (and per application) */
  maxTotalBytes: number
  maxFields: number
  maxFieldBytes: number
}

const MiB = 1024 * 1024

/** docs/product.md §5: 20 MB per file, 30 files and 100 MB per application. */
export const UPLOAD_LIMITS: UploadLimits = {
  maxFileBytes: 20 * MiB,
  maxFiles: 30,
  maxTotalBytes: 100 * MiB,
  maxFields: 200,
  maxFieldBytes: 64 * 1024,
}

export type ReceiveOptions = {
  /** What the application may still take: files it already holds count against its limits. */
  remaining?: { files: number; bytes: number }
  /** Only these fields may carry files; file parts in other fields are read and discarded. */
  fileFields?: readonly string[]
}

/** How many more files this request may carry. */
export function fileAllowance(limits: UploadLimits, options: ReceiveOptions): number {
  return Math.min(limits.maxFiles, options.remaining?.files ?? Infinity)
}

/** The most the next file may take, and which limit that is (for the message when it is hit). */
export type Budget = { maxBytes: number; binding: 'file' | 'request' | 'application' }

/** `used`: file bytes this request has read so far, stored or not. */
export function nextFileBudget(
  limits: UploadLimits,
  options: ReceiveOptions,
  used: number,
): Budget {
  const requestLeft = limits.maxTotalBytes - used
  const applicationLeft = (options.remaining?.bytes ?? Infinity) - used
  const maxBytes = Math.max(0, Math.min(limits.maxFileBytes, requestLeft, applicationLeft))
  if (maxBytes === limits.maxFileBytes) return { maxBytes, binding: 'file' }
  return { maxBytes, binding: applicationLeft < requestLeft ? 'application' : 'request' }
}

export function sizeProblem(
  budget: Budget,
  limits: UploadLimits,
  options: ReceiveOptions,
  at: { fieldName: string; fileName: string },
): UploadProblem {
  const { fileName } = at
  switch (budget.binding) {
    case 'file':
      return {
        code: 'file_too_large',
        ...at,
        message: say.fileTooLarge(fileName, limits.maxFileBytes),
      }
    case 'request':
      return {
        code: 'request_too_large',
        ...at,
        message: say.requestTooLarge(fileName, limits.maxTotalBytes),
      }
    case 'application': {
      const remaining = Math.max(0, options.remaining?.bytes ?? 0)
      const message = say.applicationTooLarge(fileName, limits.maxTotalBytes, remaining)
      return { code: 'application_too_large', ...at, message }
    }
  }
}

export function tooManyFilesProblem(limits: UploadLimits, options: ReceiveOptions): UploadProblem {
  const remaining = options.remaining?.files ?? limits.maxFiles
  const message = say.tooManyFiles(limits.maxFiles, remaining)
  return { code: 'too_many_files', fieldName: null, fileName: null, message }
}
