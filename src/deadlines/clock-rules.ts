import type { ClockKind } from './clock.table.js'

export type ClockLength = { unit: 'working_days' | 'days' | 'months'; amount: number }

/**
 * docs/product.md §9 defaults, with their sources (docs/domain-rules.md §1): the 12309 seven-working-day
 * procedural reply; 补正 set by staff (15 days by default, 规则 第二十一条 fixes no number);
 * 受理通知书 within 3 days of acceptance (2013 试行 第三十七条); review within 3 months (第五十六条,
 * 民诉法 第二百二十条); decision documents within 15 days (两高规定 第十六条); the court replies within
 * 3 months (两高规定 第十三条), +1 month when it reports an extension.
 */
export const CLOCK_RULES: Record<ClockKind, { label: string; length: ClockLength }> = {
  procedural_reply: {
    label: '程序性答复（受理、不予受理或通知补正）',
    length: { unit: 'working_days', amount: 7 },
  },
  supplement: { label: '申请人补正材料', length: { unit: 'days', amount: 15 } },
  acceptance_notice: { label: '发出受理通知书', length: { unit: 'days', amount: 3 } },
  review: { label: '审查终结', length: { unit: 'months', amount: 3 } },
  decision_notice: { label: '制作并发送决定文书', length: { unit: 'days', amount: 15 } },
  court_reply: { label: '法院书面回复检察建议', length: { unit: 'months', amount: 3 } },
}
