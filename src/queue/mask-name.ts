/**
 * Names in lists are masked (docs/product.md §8: personal data masked in lists, logs and exports); the case
 * page shows them in full. A person keeps the first and last character (张*英); an organisation the
 * first two and last two, enough to tell 某某公司 from 某某合作社 at a glance.
 */
export function maskName(name: string, type: 'person' | 'organisation'): string {
  const chars = Array.from(name.trim())
  const keep = type === 'organisation' && chars.length > 4 ? 2 : 1
  if (chars.length <= 1) return '*'
  if (chars.length === 2) return `${chars[0]}*`
  if (chars.length <= keep * 2) return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`
  const hidden = chars.length - keep * 2
  return chars.slice(0, keep).join('') + '*'.repeat(hidden) + chars.slice(-keep).join('')
}
