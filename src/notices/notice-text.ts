import { formatCalendarDay, formatChineseDate } from '../kernel/china-time.js'
import type { NoticeContent, NoticeFields } from './notice-content.js'

/** Kept in one place: the article moves with each revision of the law (docs/domain-rules.md §1.1). */
export const CPL_SUPERVISION = '《中华人民共和国民事诉讼法》第二百四十六条'
const RULES = '《人民检察院民事诉讼监督规则》'
const JOINT_RULES = '《最高人民法院 最高人民检察院关于民事执行活动法律监督若干问题的规定》'

export type NoticeContext = {
  applicantName: string
  organisation: boolean
  courtName: string
  caseNumber: string
  submittedAt: Date
  trackingUrl: string
}

/** The addressee line, the body paragraphs and an optional numbered list between them. */
export type NoticeText = { salutation: string; before: string[]; list: string[]; after: string[] }

const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** Staff type reasons with or without the final stop; the notice needs exactly one. */
export function sentence(text: string): string {
  const t = text.trim()
  return t === '' || /[。！？；.!?;]$/.test(t) ? t : `${t}。`
}

export function noticeText(content: NoticeContent, ctx: NoticeContext): NoticeText {
  const you = ctx.organisation ? '你单位' : '你'
  const base = { you, ...ctx, applied: formatChineseDate(ctx.submittedAt) }
  const body = BODIES[content.kind](content.fields as never, base)
  return { salutation: `${ctx.applicantName}：`, list: [], after: [], ...body }
}

type Base = NoticeContext & { you: string; applied: string }
type Body = Partial<NoticeText> & { before: string[] }
type Builders = { [K in keyof NoticeFields]: (f: NoticeFields[K], b: Base) => Body }

const caseRef = (b: Base) => `${b.courtName}${b.caseNumber}案件的执行活动`
const caseOf = (b: Base) =>
  `本院受理的${b.you}申请监督${b.courtName}${b.caseNumber}案件执行活动一案`

const BODIES: Builders = {
  supplement_notice: (f, b) => ({
    before: [
      `${b.you}于${b.applied}向本院申请对${caseRef(b)}进行监督。经审查，${b.you}提交的申请监督材料不齐备。依照${RULES}第二十一条的规定，请${b.you}在${formatCalendarDay(f.deadline)}前（${f.days}日内）一次性补齐下列全部材料：`,
    ],
    list: f.items.map((i, n) => `${n + 1}. ${i.label}${i.detail ? `（${i.detail}）` : ''}`),
    after: [
      `补正材料可以凭查询码在 ${b.trackingUrl} 逐项上传，也可以送交本院。`,
      `${b.you}逾期未补齐上述材料的，视为撤回监督申请。`,
    ],
  }),
  // 2013 试行 第三十七条: the 受理通知书 also tells the applicant their rights and obligations.
  acceptance_notice: (_f, b) => ({
    before: [
      `${b.you}于${b.applied}向本院申请对${caseRef(b)}进行监督。经审查，该申请符合受理条件。依照${CPL_SUPERVISION}和${RULES}第十九条的规定，本院决定受理。现将有关事项告知如下：`,
      `一、${b.you}享有下列权利：（一）可以依法委托代理人；（二）认为办理案件的检察人员、书记员等与本案有利害关系或者有其他关系，可能影响公正办理的，可以申请回避（${RULES}第四十五条）；（三）可以向本院提交证据材料，本院收到后出具收据（${RULES}第四十四条）；（四）在本院作出决定前可以撤回监督申请；（五）可以凭查询码随时查询办理进度。`,
      `二、${b.you}应当履行下列义务：（一）如实陈述案件事实，提供真实、合法的证据材料；（二）遵守诉讼秩序，不得以不正当方式影响案件办理；（三）联系方式等发生变化的，及时告知本院。`,
      `三、本案已移送本院负责民事检察的部门审查。本院将在受理之日起三个月内审查终结并作出决定，中止审查的期间不计入审查期限。`,
    ],
  }),
  non_acceptance_notice: (f, b) => ({
    before: [`${b.you}于${b.applied}向本院申请对${caseRef(b)}进行监督。经审查，本院认为：`],
    list: [...f.grounds, f.explanation]
      .map(sentence)
      .filter((s) => s.length > 0)
      .map((s, i) => `${CN_NUMBERS[i] ?? i + 1}、${s}`),
    after: [
      `依照${RULES}的有关规定，本院决定不予受理。`,
      `如有正当理由，或者人民法院对异议、复议超过法定期间未作出处理的，${b.you}可以补充相关材料后重新申请监督。`,
    ],
  }),
  // 2013 试行 第三十六条（二）（三）: not this procuratorate's case, or not a procuratorate's matter at all.
  referral_notice: (f, b) => ({
    before: [
      `${b.you}于${b.applied}向本院提出的对${caseRef(b)}进行监督的申请，经审查，${sentence(f.reason)}`,
      `依照${RULES}的有关规定，特告知${b.you}向${f.organ}申请监督或者反映。${b.you}已提交的材料可以凭查询码在 ${b.trackingUrl} 查看，必要时一并提交。`,
    ],
  }),
  suspension_decision: (f, b) => ({
    before: [
      `${caseOf(b)}，因${f.reason}，依照${RULES}的有关规定，本院决定：`,
      `本案中止审查。`,
      `中止审查的原因消除后，本院将恢复审查。中止审查的期间不计入审查期限。`,
    ],
  }),
  termination_decision: (f, b) => ({
    before: [
      `${caseOf(b)}，经审查，${sentence(f.ground)}${sentence(f.reason)}`,
      `依照${RULES}的有关规定，本院决定：`,
      `本案终结审查。`,
    ],
  }),
  // 两高规定 第十六条: the decision gives its reasons (释法说理).
  not_supported_decision: (f, b) => ({
    before: [`${caseOf(b)}，本院已依法审查终结。`, `经审查，本院认为：${sentence(f.reasons)}`],
    after: [
      `综上，${b.courtName}在该案执行活动中不存在${b.you}所称的违法情形。依照${JOINT_RULES}第十六条的规定，本院决定：`,
      `不支持${b.you}的监督申请。`,
      `${b.you}对本决定如有疑问，可以与本院联系，本院将当面释法说理。`,
    ],
  }),
  recommendation_notice: (f, b) => ({
    before: [
      `${caseOf(b)}，本院经审查认为：${sentence(f.summary)}`,
      `依照${CPL_SUPERVISION}和${JOINT_RULES}的规定，本院决定向${f.court}提出检察建议，并将检察建议书移送该院。人民法院应当在收到检察建议之日起三个月内回复本院，本院将跟进其处理情况。`,
    ],
  }),
}
