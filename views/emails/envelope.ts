import { escapeToBuffer } from 'hono/utils/html'
import type { SiteView } from '../../src/site/site-view.js'

/** A run of text: plain, in bold (a tracking code), or a link that shows its own address. */
export type Span = string | { strong: string } | { link: string }

/** One line of an email; an empty line separates paragraphs. */
export type EmailLine = string | readonly Span[]

/** The line that sends the reader on: where to follow the application, or the staff queue. */
export type TrackLine = readonly [before: string, link: { link: string }, after: string]

/**
 * Every email the service sends: a greeting, the body, the track line with the lines that finish
 * its paragraph, and the no-reply line, which stands alone after a blank line when `apart`.
 */
export type EmailEnvelope = {
  body: readonly EmailLine[]
  track?: TrackLine
  afterTrack?: readonly EmailLine[]
  noReply?: { text?: string; apart?: boolean }
}

const GREETING = '您好：'
export const NO_REPLY = '本邮件由系统自动发送，请勿直接回复。'

/** Where an applicant follows the application with the tracking code. */
export function trackUrl(publicBaseUrl: string): string {
  return `${publicBaseUrl}/track`
}

/** Every subject starts with the procuratorate's name in 【】. */
export function siteSubject(site: Pick<SiteView, 'name'>, text: string): string {
  return `【${site.name}】${text}`
}

export function envelopeText(envelope: EmailEnvelope): string {
  return lines(envelope).map(lineText).join('\n')
}

/** One paragraph per non-empty line; every text is escaped, the tracking code is in bold. */
export function envelopeHtml(envelope: EmailEnvelope): string {
  return lines(envelope)
    .filter((line) => line !== '')
    .map(paragraphHtml)
    .join('\n    ')
}

function lines(envelope: EmailEnvelope): EmailLine[] {
  const noReply = envelope.noReply ?? {}
  return [
    GREETING,
    '',
    ...envelope.body,
    ...(envelope.track ? [envelope.track] : []),
    ...(envelope.afterTrack ?? []),
    ...(noReply.apart ? [''] : []),
    noReply.text ?? NO_REPLY,
  ]
}

function spans(line: EmailLine): readonly Span[] {
  return typeof line === 'string' ? [line] : line
}

function lineText(line: EmailLine): string {
  return spans(line)
    .map((s) => (typeof s === 'string' ? s : 'strong' in s ? s.strong : s.link))
    .join('')
}

function paragraphHtml(line: EmailLine): string {
  const parts = spans(line)
  const inner = parts.map(spanHtml).join('')
  // A paragraph with a link keeps the line breaks the submission email's HTML has always had.
  const linked = parts.some((s) => typeof s !== 'string' && 'link' in s)
  return linked ? `<p>\n      ${inner}\n    </p>` : `<p>${inner}</p>`
}

function spanHtml(span: Span): string {
  if (typeof span === 'string') return escapeHtml(span)
  if ('strong' in span) return `<strong>${escapeHtml(span.strong)}</strong>`
  const url = escapeHtml(span.link)
  return `<a href="${url}">${url}</a>`
}

/** hono's own escaping, the same as its html`` templates apply. */
function escapeHtml(text: string): string {
  const buffer = ['']
  escapeToBuffer(text, buffer)
  return buffer[0]!
}
