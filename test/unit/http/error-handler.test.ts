import { describe, expect, it } from 'vitest'
import { AppError, NotFound, StaleVersion, TransitionRefused } from '../../../src/errors.js'
import { toAppError } from '../../../src/http/error-handler.js'
import { ERROR_TEXT } from '../../../src/http/errors.js'

describe('toAppError', () => {
  it.each([
    [new NotFound('没有找到这件申请。'), 404, 'not_found'],
    [new StaleVersion('该申请已被更新，请刷新后再操作。'), 409, 'conflict'],
    [new TransitionRefused('当前状态为“已撤回”，不能撤回申请。'), 409, 'conflict'],
  ] as const)('gives %o the status %s, keeping its message', (err, status, code) => {
    expect(toAppError(err)).toMatchObject({ status, code, message: err.message })
  })

  it('keeps an AppError as thrown', () => {
    const err = new AppError(403, 'forbidden', '您的账号没有办理此项工作的权限。')
    expect(toAppError(err)).toBe(err)
  })

  it('hides anything else behind the generic 500, and a lost database behind a 503', () => {
    expect(toAppError(new Error('SELECT secret'))).toMatchObject({
      status: 500,
      message: ERROR_TEXT.internal.message,
    })
    const lost = Object.assign(new Error('x'), { code: 'ECONNREFUSED' })
    expect(toAppError(lost)).toMatchObject({ status: 503, code: 'service_unavailable' })
  })
})
