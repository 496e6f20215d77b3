import fs from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { Config } from '../config.js'

export type MailAttachment = { filename: string; contentType: string; content: Uint8Array }

export type OutgoingMail = {
  /** the outbox row id: the Message-ID (and the .eml file name) derive from it */
  id: string
  to: string
  subject: string
  text: string
  html?: string | null
  attachments?: MailAttachment[]
}

export interface Mailer {
  readonly kind: 'smtp' | 'file'
  send(mail: OutgoingMail): Promise<{ messageId: string }>
  close(): Promise<void>
}

export type MailerConfig = Pick<Config, 'smtpUrl' | 'mailFrom' | 'dataDir' | 'publicBaseUrl'>

/**
 * Generous enough for a slow server, short enough that a hung one fails the attempt well inside the
 * outbox lease (see outbox-worker.ts), so no second worker picks the row up while this one waits.
 */
const SMTP_TIMEOUTS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 60_000,
  dnsTimeout: 10_000,
}

/**
 * SMTP when SMTP_URL is set; otherwise each message is written to DATA_DIR/mail/<outbox id>.eml, so a
 * newcomer can open in a mail client exactly what would have been sent.
 */
export function createMailer(config: MailerConfig): Mailer {
  const messageIdDomain = messageIdDomainFor(config.publicBaseUrl)
  return config.smtpUrl
    ? createSmtpMailer(config.smtpUrl, config.mailFrom, messageIdDomain)
    : createFileMailer(path.join(config.dataDir, 'mail'), config.mailFrom, messageIdDomain)
}

function createSmtpMailer(url: string, from: string, domain: string): Mailer {
  // No pool: a connection per message is plenty for this volume and leaves nothing open to go stale
  // between the worker's polls.
  const transport = nodemailer.createTransport({
    url,
    pool: false,
    ...SMTP_TIMEOUTS,
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
  })
  return {
    kind: 'smtp',
    async send(mail) {
      const info = await transport.sendMail(composeMail(mail, from, domain))
      return { messageId: info.messageId }
    },
    async close() {
      transport.close()
    },
  }
}

function createFileMailer(dir: string, from: string, domain: string): Mailer {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
    disableFileAccess: true,
    disableUrlAccess: true,
  })
  return {
    kind: 'file',
    async send(mail) {
      const info = await transport.sendMail(composeMail(mail, from, domain))
      await fs.mkdir(dir, { recursive: true })
      // Named by outbox id: a retried send replaces the file instead of adding a second one.
      const file = path.join(dir, `${mail.id.replace(/[^\w.-]/g, '_')}.eml`)
      const partial = `${file}.${process.pid}.tmp`
      await fs.writeFile(partial, info.message as Buffer, { mode: 0o600 })
      await fs.rename(partial, file)
      return { messageId: info.messageId }
    },
    async close() {
      transport.close()
    },
  }
}

function composeMail(mail: OutgoingMail, from: string, domain: string) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    messageId: messageIdFor(mail.id, domain),
    // RFC 3834: tells auto-responders (out-of-office replies) not to answer a machine.
    headers: { 'Auto-Submitted': 'auto-generated' },
    attachments: (mail.attachments ?? []).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: Buffer.isBuffer(a.content)
        ? a.content
        : Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength),
    })),
  }
}

/** Stable per outbox row, so a retried (or duplicated) send is recognisable as the same message. */
export function messageIdFor(outboxId: string, domain: string): string {
  return `<${outboxId}@${domain}>`
}

/** The public host when it is a real domain name; `zhijian.local` for localhost or an IP address. */
export function messageIdDomainFor(publicBaseUrl: string): string {
  try {
    const host = new URL(publicBaseUrl).hostname.toLowerCase()
    if (/^(?=.*[a-z])[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return host
  } catch {
    // fall through: config validated the URL already; this only guards odd hosts
  }
  return 'zhijian.local'
}
