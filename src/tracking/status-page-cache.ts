/**
 * Status pages already rendered, kept while nothing they show has changed (docs/product.md §14: the status page
 * at ≥ 15 % of a bare server's requests per second, its database read included).
 *
 * A page is a pure function of its key: the application, its status_version (moved by triggers on
 * every change the page shows), today's date in China (countdowns), the site settings' version, the
 * display mode and the browser's form token. So an entry can never be out of date — a changed
 * application simply has a new key — and two sessions with the same key would be shown the same
 * bytes anyway. Old versions are never looked up again and fall out as the least recently used.
 */
export type StatusPageKey = {
  applicationId: string
  statusVersion: string
  today: string
  siteVersion: string
  elderMode: boolean
  csrfToken: string
}

export type StatusPageCache = {
  get(key: StatusPageKey): string | undefined
  set(key: StatusPageKey, html: string): void
  size(): number
}

/** A few hundred pages of ~15 KB: a few MB at most, for more applicants than view at once here. */
export const STATUS_PAGE_CACHE_ENTRIES = 500

export function createStatusPageCache(maxEntries = STATUS_PAGE_CACHE_ENTRIES): StatusPageCache {
  if (!Number.isInteger(maxEntries) || maxEntries < 1)
    throw new RangeError('maxEntries must be ≥ 1')
  // A Map iterates in insertion order: re-inserting on use makes the first key the least recent.
  const pages = new Map<string, string>()
  return {
    get(key) {
      const id = keyText(key)
      const html = pages.get(id)
      if (html !== undefined) {
        pages.delete(id)
        pages.set(id, html)
      }
      return html
    },
    set(key, html) {
      const id = keyText(key)
      pages.delete(id)
      pages.set(id, html)
      while (pages.size > maxEntries) pages.delete(pages.keys().next().value!)
    },
    size: () => pages.size,
  }
}

function keyText(k: StatusPageKey): string {
  // every part but the token has a fixed shape without '|'; the token (base64url) comes last
  return `${k.applicationId}|${k.statusVersion}|${k.today}|${k.siteVersion}|${k.elderMode ? 1 : 0}|${k.csrfToken}`
}
