import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Hono } from 'hono'
import type { AppEnv } from './app-env.js'
import { precompress, sendVariant, type Variants } from './precompressed.js'

const ASSETS_DIR = fileURLToPath(new URL('../../views/assets/', import.meta.url))

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

type Asset = { variants: Variants; type: string; version: string }

export type AssetUrls = {
  /** `/assets/name?v=hash`: the versioned URL pages link to, cacheable for a year */
  url(name: string): string
}

/**
 * Self-hosted CSS, icons (and later scripts), read once at start and served from memory, plain,
 * Brotli or gzip as the browser accepts (decision 081). Pages link
 * to `?v=<content hash>` so browsers may cache for a year and still see a new version at once.
 */
export function createStaticAssets(dir: string = ASSETS_DIR) {
  const assets = new Map<string, Asset>()
  for (const name of fs.readdirSync(dir)) {
    const type = TYPES[path.extname(name)]
    if (!type) continue
    const body = new Uint8Array(fs.readFileSync(path.join(dir, name)))
    const hash = crypto.createHash('sha256').update(body).digest('base64url')
    // images are compressed already: precompress keeps them plain when it saves nothing
    const variants = precompress(body, `"${hash.slice(0, 27)}"`)
    assets.set(name, { variants, type, version: hash.slice(0, 10) })
  }

  const urls: AssetUrls = {
    url(name) {
      const asset = assets.get(name)
      if (!asset) throw new Error(`unknown asset ${name}`)
      return `/assets/${name}?v=${asset.version}`
    },
  }

  const routes = new Hono<AppEnv>().get('/:name', (c) => {
    const asset = assets.get(c.req.param('name'))
    if (!asset) return c.notFound()
    const versioned = c.req.query('v') === asset.version
    c.header(
      'Cache-Control',
      versioned ? 'public, max-age=31536000, immutable' : 'public, no-cache',
    )
    return sendVariant(c, asset.variants, asset.type)
  })

  return { urls, routes }
}
