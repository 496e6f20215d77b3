import { describe, expect, it } from 'vitest'
import { formatSizeLimit } from '../../../src/kernel/file-size.js'
import { UploadRejected, type UploadProblem } from '../../../src/uploads/upload-errors.js'
import {
  fileAllowance,
  nextFileBudget,
  sizeProblem,
  UPLOAD_LIMITS,
} from '../../../src/uploads/upload-limits.js'

const MiB = 1024 * 1024

describe('nextFileBudget', () => {
  it.each([
    ['a fresh request', undefined, 0, 20 * MiB, 'file'],
    ['after 90 MB of this request', undefined, 90 * MiB, 10 * MiB, 'request'],
    ['an application with 5 MB left', { files: 30, bytes: 5 * MiB }, 0, 5 * MiB, 'application'],
    [
      'an application with 30 MB left, 25 used',
      { files: 30, bytes: 30 * MiB },
      25 * MiB,
      5 * MiB,
      'application',
    ],
    ['an application that is full', { files: 30, bytes: 0 }, 0, 0, 'application'],
    ['a request over its total', undefined, 101 * MiB, 0, 'request'],
  ] as const)('%s', (_label, remaining, used, maxBytes, binding) => {
    const options = remaining ? { remaining } : {}
    expect(nextFileBudget(UPLOAD_LIMITS, options, used)).toEqual({ maxBytes, binding })
  })
})

describe('fileAllowance', () => {
  it('is 30 per request, fewer when the application already holds files', () => {
    expect(fileAllowance(UPLOAD_LIMITS, {})).toBe(30)
    expect(fileAllowance(UPLOAD_LIMITS, { remaining: { files: 4, bytes: MiB } })).toBe(4)
  })
})

describe('size messages', () => {
  const at = { fieldName: '证据材料', fileName: '录像.pdf' }
  it('names the file and the 20 MB limit', () => {
    expect(sizeProblem({ maxBytes: 20 * MiB, binding: 'file' }, UPLOAD_LIMITS, {}, at)).toEqual({
      code: 'file_too_large',
      ...at,
      message: '文件“录像.pdf”超过 20 MB，请压缩或分成几个文件上传',
    })
  })

  it('says how much the application has left', () => {
    const options = { remaining: { files: 3, bytes: 2.5 * MiB } }
    const problem = sizeProblem({ maxBytes: 0, binding: 'application' }, UPLOAD_LIMITS, options, at)
    expect(problem.message).toBe(
      '一份申请的材料合计不能超过 100 MB，本申请还能再上传 2.5 MB；文件“录像.pdf”超出了剩余额度，请压缩后再上传',
    )
  })

  it.each([
    [20 * MiB, '20 MB'],
    [100 * MiB, '100 MB'],
    [2.56 * MiB, '2.5 MB'],
    [300 * 1024, '300 KB'],
    [1000, '0 KB'],
  ])('formatSizeLimit(%i) = %s', (bytes, text) => {
    expect(formatSizeLimit(bytes)).toBe(text)
  })
})

describe('UploadRejected', () => {
  const p = (code: UploadProblem['code']): UploadProblem => ({
    code,
    fieldName: null,
    fileName: null,
    message: '',
  })
  it.each([
    [[p('wrong_type'), p('encrypted')], 422],
    [[p('wrong_type'), p('file_too_large')], 413],
    [[p('too_many_files')], 413],
    [[p('aborted')], 400],
    [[p('malformed')], 400],
  ] as const)('%o → %i', (problems, status) => {
    expect(new UploadRejected([...problems]).status).toBe(status)
  })
})
