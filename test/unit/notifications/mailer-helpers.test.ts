import { describe, expect, it } from 'vitest'
import { messageIdDomainFor, messageIdFor } from '../../../src/notifications/mailer.js'
import { describeSendError, isServerUnavailable } from '../../../src/notifications/send-error.js'

describe('Message-ID', () => {
  it.each([
    ['https://zhijian.example.gov.cn', 'zhijian.example.gov.cn'],
    ['https://ZhiJian.Example.gov.cn:8443/base', 'zhijian.example.gov.cn'],
    ['http://localhost:3000', 'zhijian.local'],
    ['http://127.0.0.1:3000', 'zhijian.local'],
    ['http://[::1]:3000', 'zhijian.local'],
    ['not a url', 'zhijian.local'],
  ])('domain for %s is %s', (url, domain) => {
    expect(messageIdDomainFor(url)).toBe(domain)
  })

  it('is the outbox id at that domain, the same on every retry', () => {
    expect(messageIdFor('0f8e', 'zhijian.local')).toBe('<0f8e@zhijian.local>')
  })
})

describe('describeSendError', () => {
  it('keeps class, code and SMTP reply code', () => {
    const err = Object.assign(new Error('Message failed: 451 Temporary failure'), {
      code: 'EMESSAGE',
      responseCode: 451,
    })
    expect(describeSendError(err)).toBe('Error EMESSAGE 451: Message failed: 451 Temporary failure')
  })

  it('masks addresses and numbers a server echoes back', () => {
    const err = Object.assign(
      new Error(
        "Can't send mail - all recipients were rejected: 550 <zhang.san@example.com>: 13812345678 unknown",
      ),
      {
        code: 'EENVELOPE',
        responseCode: 550,
      },
    )
    const text = describeSendError(err)
    expect(text).toContain('EENVELOPE 550')
    expect(text).not.toContain('zhang.san')
    expect(text).not.toContain('13812345678')
  })

  it.each([
    [{ code: 'ECONNECTION' }, true],
    [{ code: 'ETIMEDOUT' }, true],
    [{ code: 'EAUTH', responseCode: 535 }, true],
    [{ code: 'EMESSAGE', responseCode: 421 }, true],
    [{ code: 'EMESSAGE', responseCode: 451 }, false],
    [{ code: 'EENVELOPE', responseCode: 550 }, false],
    [undefined, false],
  ])('%o concerns the server, not the message: %s', (err, expected) => {
    expect(isServerUnavailable(err)).toBe(expected)
  })

  it('is short and single-line whatever the error', () => {
    expect(describeSendError(new Error(`a\n${'x'.repeat(2_000)}`))).toMatch(/^Error: a x+$/)
    expect(describeSendError(new Error('x'.repeat(2_000))).length).toBe(500)
    expect(describeSendError('boom')).toBe('UnknownError')
  })
})
