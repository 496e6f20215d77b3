import type { ClockKind } from './clock.table.js'

export type ClockLength = { unit: 'working_days' | 'days' | 'months'; amount: number }

/**
 * docs/product.md §9 defaults, with their sources (docs/domain-rules.md §1): the 12309 seven-working-day
 * procedural reply; 补正 set by staff (15 days by default, 规则 第二十一条 fixes no number);
 * 受理通知书 within 3 days of acceptance (规则 第三十三条); review within 3 months (规则 第五十二条,
 * which also excludes 调卷、鉴定、评估、审计、专家咨询); decision documents within 15 days (两高规定 第十六条); the court replies within
 * 3 months (两高规定 第十三条), +1 month when it reports an extension; the case goes to the 民事检察
 * department within 3 days of 受理 (规则 第三十四条); the other parties may answer in writing within 15
 * days of receiving the 受理通知书 and the copy of the application (规则 第三十三条).
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
  civil_referral: {
    label: '将案件材料移送民事检察部门（开始审查即完成）',
    length: { unit: 'days', amount: 3 },
  },
  other_party_comments: {
    label: '其他当事人提出书面意见（自发出受理通知书起算，以实际收到之日为准）',
    length: { unit: 'days', amount: 15 },
  },
}
