import { formatValue } from './figure-values.js'
import type { Area } from './figures/figure.js'
import type { AreaView } from './stats-view.js'

/**
 * A paragraph per area in the style of a 工作情况报告 ("本院共向区法院发出民事执行监督检察建议N件，
 * 法院已回复M件，采纳率P%"), generated from the figures so a sentence never disagrees with its table.
 */
export function reportParagraphs(areas: readonly AreaView[], court: string): string[] {
  return areas.map((a) => PARAGRAPH[a.area](valuesOf(a), court))
}

type Get = (id: string) => string

function valuesOf(area: AreaView): Get {
  return (id) => {
    const f = area.figures.find((x) => x.id === `${area.area}.${id}`)
    return f ? formatValue(f.value, f.unit) : '—'
  }
}

const rate = (v: string, what: string) => (v === '—' ? '' : `，${what}${v}`)

const PARAGRAPH: Record<Area, (v: Get, court: string) => string> = {
  applications: (v) =>
    `本院共收到民事执行监督申请${v('received')}件（网上申请${v('received_online')}件，窗口录入${v('received_counter')}件），` +
    `依申请受理${v('accepted')}件，不予受理${v('not_accepted')}件，告知向有关机关反映${v('referred')}件，` +
    `通知补正${v('supplement_requested')}次，申请人撤回${v('withdrawn')}件，视为撤回${v('deemed_withdrawn')}件` +
    `${rate(v('reply_within_7'), '七个工作日内作出程序性答复的比例为')}` +
    `${v('decision_days_median') === '—' ? '' : `，收到至作出受理决定的中位用时为${v('decision_days_median')}个工作日`}。`,
  review: (v) =>
    `审查终结${v('decided')}件，其中提出检察建议${v('decide_recommendation')}件、不支持监督申请${v('decide_not_supported')}件、` +
    `终结审查${v('terminate')}件、报请上级院办理${v('escalate')}件` +
    `${v('median_days') === '—' ? '' : `，审查用时中位数为${v('median_days')}日`}` +
    `${rate(v('within_3_months'), '三个月内审查终结的比例为')}。`,
  recommendations: (v, court) =>
    `本院共向${court}发出民事执行监督检察建议${v('decided')}件，送达${v('served')}件，法院已回复${v('replied')}件` +
    `（采纳${v('adopted')}件、部分采纳${v('partly_adopted')}件、不采纳${v('not_adopted')}件）` +
    `${rate(v('adoption_rate'), '采纳率')}，法院回复采取纠正措施${v('with_measures')}件` +
    `${v('amount_paid') === '0' ? '' : `，因检察建议发放执行款${v('amount_paid')}元`}；` +
    `跟进监督${v('followed_up')}件，截至目前法院逾期未回复${v('overdue_now')}件。`,
  exchange: (v) =>
    `与法院开展信息交换${v('count')}次（法院向本院${v('count_from_court')}次、本院向法院${v('count_to_court')}次），` +
    `交换信息${v('items')}条。`,
  leads: (v) =>
    `通过法院执行数据筛查发现监督线索${v('raised')}条，初筛有效${v('valid')}条、无效${v('invalid')}条；` +
    `依职权受理民事执行监督案件${v('ex_officio_opened')}件，其中由监督线索发现${v('ex_officio_from_leads')}件。`,
  collaboration: (v) =>
    `共召开联席会议、会商${v('meetings')}次，其中法检“两长”联席会${v('meetings_chiefs')}次；` +
    `向公安机关移送犯罪线索${v('referrals_sent')}件，公安机关立案${v('referrals_filed')}件；` +
    `受理涉执行信访${v('petitions_received')}件，化解${v('petitions_resolved')}件。`,
}
