/**
 * The page a person sees after a form POST is rendered at the POST's path. The 长辈模式 switch is a
 * plain link back to "this page", so it needs the GET page that shows the same thing; a POST-only
 * path would answer 404 (docs/product.md, the UX review's problem 7).
 */
const POST_TO_PAGE: [RegExp, string][] = [
  [/^\/apply\/(self-check|start)$/, '/apply'],
  [/^\/apply\/materials(\/upload|\/remove)?$/, '/apply/materials'],
  [/^\/apply\/submit$/, '/apply/check'],
  [
    /^\/track\/(supplement\/[a-z-]+|evidence\/upload|recusal(?:\/review)?|logout)$/,
    '/track/status',
  ],
  [/^\/track\/withdraw$/, '/track/withdraw'],
]

export function pageForPath(method: string, path: string): string {
  if (method === 'GET' || method === 'HEAD') return path
  for (const [pattern, page] of POST_TO_PAGE) if (pattern.test(path)) return page
  return path
}
