import { describe, expect, it } from 'vitest'
import {
  envelopeHtml,
  envelopeText,
  NO_REPLY,
  trackUrl,
  type EmailEnvelope,
} from '../../../views/emails/envelope.js'

const BASE = 'https://zhijian.example.gov.cn'

const envelope = (over: Partial<EmailEnvelope> = {}): EmailEnvelope => ({
  body: ['您的申请有新进展。', ['查询码：', { strong: 'K7QM-3RWX-9TNH' }], ''],
  track: ['详情请凭查询码和手机号码后 4 位在 ', { link: trackUrl(BASE) }, ' 查询。'],
  ...over,
})

describe('EmailEnvelope', () => {
  it('writes the greeting, the body, the track line and the no-reply line as text', () => {
    expect(envelopeText(envelope())).toBe(
      [
        '您好：',
        '',
        '您的申请有新进展。',
        '查询码：K7QM-3RWX-9TNH',
        '',
        `详情请凭查询码和手机号码后 4 位在 ${BASE}/track 查询。`,
        NO_REPLY,
      ].join('\n'),
    )
  })

  it('carries the track URL line and the no-reply line in the HTML too', () => {
    const html = envelopeHtml(envelope())
    expect(html).toContain(
      `详情请凭查询码和手机号码后 4 位在 <a href="${BASE}/track">${BASE}/track</a> 查询。`,
    )
    expect(html).toContain(`<p>${NO_REPLY}</p>`)
    expect(html).toContain('<p>查询码：<strong>K7QM-3RWX-9TNH</strong></p>')
    expect(html.startsWith('<p>您好：</p>')).toBe(true)
    expect(html).not.toContain('<p></p>')
  })

  it('escapes applicant-supplied text in the HTML and leaves the text as typed', () => {
    const typed = `<script>alert("x")</script> & 'y'`
    const e = envelope({ body: [typed, ['', { strong: '<b>' }]] })
    const html = envelopeHtml(e)
    expect(html).toContain(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    )
    expect(html).toContain('<strong>&lt;b&gt;</strong>')
    expect(html).not.toContain('<script>')
    expect(envelopeText(e)).toContain(typed)
  })

  it('escapes a link address in both the href and the shown text', () => {
    const url = `${BASE}/track?a=1&b="2"`
    const html = envelopeHtml(envelope({ track: ['在 ', { link: url }, ' 查询'] }))
    const escaped = `${BASE}/track?a=1&amp;b=&quot;2&quot;`
    expect(html).toContain(`<a href="${escaped}">${escaped}</a>`)
  })

  it('sets the no-reply line apart, or words it differently, when asked', () => {
    const text = envelopeText(
      envelope({ afterTrack: ['附件请妥善保存。'], noReply: { apart: true, text: '请勿回复。' } }),
    )
    expect(text.endsWith(' 查询。\n附件请妥善保存。\n\n请勿回复。')).toBe(true)
    expect(text).not.toContain(NO_REPLY)
  })

  it('needs no track line (an email before there is anything to track)', () => {
    const e: EmailEnvelope = { body: ['继续填写：', [{ link: `${BASE}/apply/resume?t=abc` }]] }
    expect(envelopeText(e)).toBe(
      ['您好：', '', '继续填写：', `${BASE}/apply/resume?t=abc`, NO_REPLY].join('\n'),
    )
  })
})
