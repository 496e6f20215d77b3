import { daysBetween } from '../../calendar/calendar-date.js'
import { yuan } from './rule-helpers.js'
import { clear, raised, unknown, type Rule } from './rule-types.js'

const FALSE_LITIGATION_NOTE =
  '《最高人民法院关于防范和制裁虚假诉讼的指导意见》（2016）列出的情形；《最高人民法院关于深入开展虚假诉讼整治工作的意见》（法〔2021〕281号）。这是线索提示，不是违法认定；阈值无公开标准，可由管理员调整。'

/** X17A 系列诉讼: the same applicant in many 民间借贷 execution cases among those imported. */
export const x17a: Rule = {
  id: 'X17A',
  name: '同一申请人系列民间借贷执行',
  fields: ['案由', '申请执行人'],
  needs: { cases: ['cause', 'applicants'] },
  thresholds: [
    {
      key: 'X17A.cases',
      label: '同一申请执行人的民间借贷执行案件数（达到即提示）',
      unit: '件',
      default: 10,
      min: 2,
      max: 1000,
      note: '无公开标准，默认从严设为 10 件。',
    },
  ],
  bases: [],
  basisNote: FALSE_LITIGATION_NOTE,
  weight: 1,
  evaluate(input, ctx) {
    const { cause, applicants } = input.facts
    if (cause === null) return unknown('案由')
    if (applicants.length === 0) return unknown('申请执行人')
    if (!cause.includes('民间借贷')) return clear
    const n = ctx.thresholds['X17A.cases']!
    const most = Math.max(...applicants.map((a) => ctx.loanCasesByApplicant.get(a) ?? 0))
    if (most < n) return clear
    return raised(
      `该案申请执行人在已导入的案件中共有 ${most} 件民间借贷执行案件（提示阈值 ${n} 件）。`,
    )
  },
}

/** X17B 快速调解后执行: a consent-based title enforced within days, with 公积金 taken or paid at once. */
export const x17b: Rule = {
  id: 'X17B',
  name: '调解书、司法确认后快速执行',
  fields: [
    '执行依据类型',
    '执行依据生效日期',
    '立案日期',
    '申请执行标的额',
    '实际到位金额',
    '执行措施/节点（划拨/扣划）',
  ],
  needs: { cases: ['basisType', 'basisEffectiveDate', 'filingDate'] },
  thresholds: [
    {
      key: 'X17B.days',
      label: '生效至申请执行的天数（不超过即提示）',
      unit: '日',
      default: 7,
      min: 0,
      max: 90,
      note: '无公开标准；汉川案为生效后 4 日申请执行。',
    },
  ],
  bases: [],
  basisNote: FALSE_LITIGATION_NOTE,
  weight: 1,
  evaluate(input, ctx) {
    const { basisType, basisEffectiveDate, filingDate, claimAmount, paidAmount } = input.facts
    if (basisType === null) return unknown('执行依据类型')
    if (!/调解书|司法确认/.test(basisType)) return clear
    if (basisEffectiveDate === null || filingDate === null)
      return unknown(
        ...(basisEffectiveDate === null ? ['执行依据生效日期'] : []),
        ...(filingDate === null ? ['立案日期'] : []),
      )
    const days = daysBetween(basisEffectiveDate, filingDate)
    if (days > ctx.thresholds['X17B.days']!) return clear
    const fund = input.events?.find(
      (e) => e.type === '划拨/扣划' && /公积金/.test(`${e.scope ?? ''}${e.note ?? ''}`),
    )
    const full =
      claimAmount !== null && paidAmount !== null && claimAmount > 0 && paidAmount >= claimAmount
    if (!fund && !full)
      return fund === undefined && input.events === null && paidAmount === null
        ? unknown('执行措施/节点表', '实际到位金额')
        : clear
    const how = fund
      ? `${fund.date} 划拨住房公积金${fund.amount !== null ? ` ${yuan(fund.amount)}` : ''}`
      : `实际到位 ${yuan(paidAmount!)}，全额到位`
    return raised(
      `执行依据（${basisType}）${basisEffectiveDate} 生效，${filingDate} 立案执行，相隔 ${days} 日；${how}。`,
    )
  },
}
