import http from 'node:http'

/** The body bytes one GET puts on the wire (not decoded), and its Content-Encoding. */
export function bytesSent(
  url: string,
  headers: Record<string, string>,
): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let bytes = 0
        res.on('data', (chunk: Buffer) => (bytes += chunk.length))
        res.on('end', () =>
          resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }),
        )
        res.on('error', reject)
      })
      .on('error', reject)
  })
}
