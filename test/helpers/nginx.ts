import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const SHIPPED = fileURLToPath(new URL('../../deploy/nginx/zhijian.conf', import.meta.url))

/** Debian's nginx (`apt-get install nginx`), or undefined when it is not installed. */
export function findNginx(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) {
    if (spawnSync(candidate, ['-v']).status === 0) return candidate
  }
  return undefined
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/**
 * deploy/nginx/zhijian.conf as shipped, with only what differs on a test machine replaced: the
 * upstream ports, the listening ports (loopback, no IPv6), the certificate. Throws when a line it
 * replaces is missing, so the shipped file and this test cannot drift apart silently.
 */
export async function testNginxSite(options: {
  upstreams: [number, number]
  httpPort: number
  httpsPort: number
  cert: string
  key: string
}): Promise<string> {
  let text = await fs.readFile(SHIPPED, 'utf8')
  const replace = (pattern: RegExp, by: string) => {
    if (!pattern.test(text)) throw new Error(`deploy/nginx/zhijian.conf has no ${pattern}`)
    text = text.replace(pattern, by)
  }
  replace(/server 127\.0\.0\.1:3001 /, `server 127.0.0.1:${options.upstreams[0]} `)
  replace(/server 127\.0\.0\.1:3002 /, `server 127.0.0.1:${options.upstreams[1]} `)
  replace(/^\s*listen \[::\]:80;\n/m, '')
  replace(/^\s*listen \[::\]:443 ssl http2;\n/m, '')
  replace(/listen 80;/, `listen 127.0.0.1:${options.httpPort};`)
  replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${options.httpsPort} ssl http2;`)
  replace(/ssl_certificate {5}\S+;/, `ssl_certificate ${options.cert};`)
  replace(/ssl_certificate_key \S+;/, `ssl_certificate_key ${options.key};`)
  return text
}

export type RunningNginx = {
  httpsPort: number
  httpPort: number
  /** the CA (self-signed certificate) a client must trust */
  cert: string
  errorLog(): Promise<string>
  stop(): Promise<void>
}

/**
 * nginx as a child process of the test (`nginx -p DIR -c CONF -g 'daemon off;'`): the shipped site
 * inside a minimal http {} block whose logs, pid and temp files all live in `dir`. No root needed.
 */
export async function startNginx(
  binary: string,
  dir: string,
  upstreams: [number, number],
): Promise<RunningNginx> {
  const cert = path.join(dir, 'zhijian.crt')
  const key = path.join(dir, 'zhijian.key')
  const made = spawnSync('openssl', [
    ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
    ...['-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=zhijian.test'],
    ...['-addext', 'subjectAltName=DNS:zhijian.test,IP:127.0.0.1'],
  ])
  if (made.status !== 0) throw new Error(`openssl: ${made.stderr.toString()}`)
  const [httpPort, httpsPort] = [await freePort(), await freePort()]
  const site = await testNginxSite({ upstreams, httpPort, httpsPort, cert, key })
  await fs.writeFile(path.join(dir, 'zhijian.conf'), site)
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`
  await fs.writeFile(
    path.join(dir, 'nginx.conf'),
    [
      // As root, workers would run as nobody and could not write the temp dirs below.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      `  access_log ${path.join(dir, 'access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((n) => `  ${temp(n)}`),
      `  include ${path.join(dir, 'zhijian.conf')};`,
      '}',
      '',
    ].join('\n'),
  )
  const child = spawn(
    binary,
    ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', 'nginx.conf', '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
  await waitForPort(httpsPort, child, () => stderr)
  const certPem = await fs.readFile(cert, 'utf8')
  return {
    httpsPort,
    httpPort,
    cert: certPem,
    errorLog: () => fs.readFile(path.join(dir, 'error.log'), 'utf8').catch(() => ''),
    stop: () => stopChild(child),
  }
}

async function waitForPort(port: number, child: ChildProcess, stderr: () => string) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr()}`)
    const open = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => resolve(s.end() && true))
      s.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`nginx did not listen on ${port}: ${stderr()}`)
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGQUIT') // nginx: graceful shutdown
  return exited
}
