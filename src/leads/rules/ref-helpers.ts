import { maskName } from '../../queue/mask-name.js'
import { isOrganisationName } from '../reference/party-match.js'
import type { CaseInput, RefEntry, RefKind } from './rule-types.js'

/** How a list is named in a 无法判断 result and in the evidence. */
export const LIST_NAMES: Record<RefKind, string> = {
  dishonest: '失信被执行人名单',
  restriction: '限制消费名单',
  zb_public: '终本案件公开清单',
  death: '死亡、注销户籍名单',
  bankruptcy: '破产企业名单',
  travel: '出行记录',
  property: '财产变动记录',
}

export function imported(input: CaseInput, ...kinds: RefKind[]): boolean {
  return kinds.some((k) => input.refs.imported.has(k))
}

export function entriesOf(input: CaseInput, ...kinds: RefKind[]): RefEntry[] {
  return input.refs.entries
    .filter((e) => kinds.includes(e.kind))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/** The same case number, whatever brackets and spaces the list used. */
export function sameCaseNo(a: string | null, b: string): boolean {
  if (a === null) return false
  const n = (s: string) => s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）')
  return n(a) === n(b)
}

/** A name as the evidence shows it: masked (lists are personal data; the case page shows it whole). */
export function partyLabel(name: string): string {
  return maskName(name, isOrganisationName(name) ? 'organisation' : 'person')
}

/** "失信被执行人名单（来源 最高法执行信息公开网，2026-11-20 获取）" */
export function listLabel(e: RefEntry): string {
  return `${LIST_NAMES[e.kind]}（${e.list.source}，${e.list.obtainedOn} 获取）`
}
