import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type SmtpInbox = {
  /** smtp://127.0.0.1:PORT, for SMTP_URL */
  url: string
  port: number
  /** every message accepted so far, parsed, in arrival order */
  messages: ParsedMail[]
  /** the first message (already received or arriving later) that matches */
  waitFor(predicate: (m: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>
  /** answers the next n messages with an error instead of accepting them (default 451: try later) */
  failNext(n: number, responseCode?: number): void
  /**
   * Keeps the next n messages (they are in `messages`) but withholds the reply to DATA until
   * releaseHeld(): a sender killed meanwhile never learns the message arrived.
   */
  holdNext(n: number): void
  releaseHeld(): void
  /** stops listening: connections are refused, as when the mail server is down */
  stop(): Promise<void>
  /** listens again on the same port (after stop) */
  restart(): Promise<void>
}

/**
 * A real SMTP server in the test process (no TLS, no authentication required) on 127.0.0.1 and a
 * free port. Messages are parsed with mailparser, as a recipient's mail client would read them.
 */
export async function startSmtpInbox(): Promise<SmtpInbox> {
  const messages: ParsedMail[] = []
  const waiters = new Set<() => void>()
  let failures: { remaining: number; responseCode: number } = { remaining: 0, responseCode: 451 }
  let holds = 0
  const held: (() => void)[] = []

  const createServer = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      // The client is this process: a reverse DNS lookup per connection (up to 1.5 s when the
      // resolver is slow) would only tell us it is 127.0.0.1.
      disableReverseLookup: true,
      logger: false,
      closeTimeout: 1_000,
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (parsed) => {
            if (failures.remaining > 0) {
              failures.remaining--
              const err = Object.assign(new Error('Temporary failure, try again later (test)'), {
                responseCode: failures.responseCode,
              })
              return callback(err)
            }
            messages.push(parsed)
            for (const wake of waiters) wake()
            if (holds > 0) {
              holds--
              held.push(() => callback())
              return
            }
            callback()
          },
          (err: Error) => callback(err),
        )
      },
    })

  let server = createServer()
  const port = await listen(server, 0)

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    holdNext(n) {
      holds = n
    },
    releaseHeld() {
      holds = 0
      for (const reply of held.splice(0)) reply()
    },
    waitFor(predicate, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(predicate)
          if (!found) return
          cleanup()
          resolve(found)
        }
        const timer = setTimeout(() => {
          cleanup()
          reject(
            new Error(`no matching message within ${timeoutMs} ms (${messages.length} received)`),
          )
        }, timeoutMs)
        const cleanup = () => {
          clearTimeout(timer)
          waiters.delete(check)
        }
        waiters.add(check)
        check()
      })
    },
    failNext(n, responseCode = 451) {
      failures = { remaining: n, responseCode }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    async restart() {
      server = createServer()
      await listen(server, port)
    },
  }
}

function listen(server: SMTPServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve((server.server.address() as AddressInfo).port)
    })
  })
}
