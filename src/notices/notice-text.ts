import { formatCalendarDay, formatChineseDate } from '../kernel/china-time.js'
import { cite, citeAll } from '../kernel/legal-bases.js'
import type { NoticeContent, NoticeFields } from './notice-content.js'
import { otherPartyAcceptance } from './notice-text-other-party.js'

/** Kept in one place: the article moves with each revision of the law (docs/domain-rules.md §1.1). */
export const CPL_SUPERVISION = cite('cpl246')

export type NoticeContext = {
  applicantName: string
  organisation: boolean
  courtName: string
  caseNumber: string
  submittedAt: Date
  trackingUrl: string
  /** the procuratorate one level up (规则 第三十一条: where a refused applicant may turn) */
  upperProcuratorate: string
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

export type Base = NoticeContext & { you: string; applied: string }
export type Body = Partial<NoticeText> & { before: string[] }
type Builders = { [K in keyof NoticeFields]: (f: NoticeFields[K], b: Base) => Body }

const caseRef = (b: Base) => `${b.courtName}${b.caseNumber}案件的执行活动`
const caseOf = (b: Base) =>
  `本院受理的${b.you}申请监督${b.courtName}${b.caseNumber}案件执行活动一案`

const BODIES: Builders = {
  other_party_acceptance_notice: otherPartyAcceptance,
  // 规则 第二十一条: "一次性明确告知" binds the procuratorate, so the notice tells all at once; the
  // applicant only has to complete the materials by the deadline.
  supplement_notice: (f, b) => ({
    before: [
      `${b.you}于${b.applied}向本院申请对${caseRef(b)}进行监督。经审查，${b.you}提交的申请监督材料不齐备。依照${cite('rules21')}的规定，现将应当补齐的全部材料一次性告知如下，请${b.you}自收到本通知书之日起${f.days}日内补齐：`,
    ],
    list: f.items.map((i, n) => `${n + 1}. ${i.label}${i.detail ? `（${i.detail}）` : ''}`),
    after: [
      `补正材料可以凭查询码在 ${b.trackingUrl} 逐项上传，也可以送交本院。`,
      `${b.you}逾期未补齐上述材料的，视为撤回监督申请。`,
    ],
  }),
  // 规则 第三十三条: within 3 days, telling the applicant their rights and obligations.
  acceptance_notice: (_f, b) => ({
    before: [
      `${b.you}于${b.applied}向本院申请对${caseRef(b)}进行监督。经审查，该申请符合受理条件。依照${citeAll(['rules26', { key: 'rules32', item: 1 }, 'rules33'])}的规定，本院决定受理。现将有关事项告知如下：`,
      `一、${b.you}享有下列权利：（一）可以依法委托代理人；（二）认为办理案件的检察人员、书记员等与本案有利害关系或者有其他关系，可能影响公正办理的，可以在本院作出决定前申请回避，本院将告知办理案件的检察人员、书记员等的姓名、法律职务（${citeAll(['rules12', 'rules14', 'rules45'], 'short')}）；（三）可以向本院提交证据材料，本院收到后出具收据（${cite('rules44', 'short')}）；（四）在本院作出决定前可以申请撤回监督申请，是否准许撤回并终结审查，由本院审查决定（${cite({ key: 'rules73', item: 2 }, 'short')}）；（五）可以凭查询码随时查询办理进度。`,
      `二、${b.you}应当履行下列义务：（一）如实陈述案件事实，提供真实、合法的证据材料；（二）遵守检察机关办案、听证秩序，不得以不正当方式影响案件办理；（三）联系方式等发生变化的，及时告知本院。`,
      `三、本案已移送本院负责民事检察的部门审查。本院将在受理之日起三个月内审查终结并作出决定；调卷、鉴定、评估、审计、专家咨询等期间和中止审查的期间，不计入审查期限（${cite('rules52', 'short')}）。`,
    ],
  }),
  // 规则 第二十八条第一款 with 第三十二条第（四）项; the remedy is 第三十一条 (上一级人民检察院).
  non_acceptance_notice: (f, b) => ({
    before: [`${b.you}于${b.applied}向本院申请对${caseRef(b)}进行监督。经审查，本院认为：`],
    list: [...f.grounds.map((g) => g.replaceAll('申请人', b.you)), f.explanation]
      .map(sentence)
      .filter((s) => s.length > 0)
      .map((s, i) => `${CN_NUMBERS[i] ?? i + 1}、${s}`),
    after: [
      `依照${citeAll([
        { key: 'rules28', paragraph: 1 },
        { key: 'rules32', item: 4 },
      ])}的规定，本院决定不予受理。`,
      `${b.you}认为本院不依法受理${b.you}的监督申请的，可以向上一级人民检察院（${b.upperProcuratorate}）申请监督（${cite('rules31')}）。`,
      `如有正当理由，或者人民法院对异议、复议超过法定期限未作出处理的，${b.you}可以补充相关材料后重新申请监督。`,
    ],
  }),
  // 规则 第三十二条第（二）项 (another procuratorate's case) or 第（三）项 (no procuratorate's matter).
  referral_notice: (f, b) => {
    const other = f.route === 'procuratorate'
    const basis = cite({ key: 'rules32', item: other ? 2 : 3 })
    const finding = other
      ? '该申请不属于本院受理案件范围'
      : '该申请反映的事项不属于人民检察院主管范围'
    const go = other ? `向${f.organ}申请监督` : `向${f.organ}反映`
    return {
      before: [
        `${b.you}于${b.applied}向本院提出的对${caseRef(b)}进行监督的申请，经审查，${sentence(f.reason)}${finding}。`,
        `依照${basis}的规定，特告知${b.you}${go}。${b.you}已提交的材料可以凭查询码在 ${b.trackingUrl} 查看，必要时一并提交。`,
      ],
    }
  },
  suspension_decision: (f, b) => ({
    before: [
      `${caseOf(b)}，因${f.reason}，依照${cite(f.item ? { key: 'rules72', item: f.item } : 'rules72')}的规定，本院决定：`,
      `本案中止审查。`,
      `中止审查的原因消除后，本院将及时恢复审查。中止审查的期间不计入审查期限。`,
    ],
  }),
  termination_decision: (f, b) => ({
    before: [
      `${caseOf(b)}，经审查，${sentence(f.ground)}${sentence(f.reason)}`,
      `依照${cite(f.item ? { key: 'rules73', item: f.item } : 'rules73')}的规定，本院决定：`,
      `本案终结审查。`,
    ],
  }),
  // 规则 第一百零九条 and 两高规定 第十六条: the decision gives its reasons (释法说理).
  not_supported_decision: (f, b) => ({
    before: [`${caseOf(b)}，本院已依法审查终结。`, `经审查，本院认为：${sentence(f.reasons)}`],
    after: [
      `综上，${b.courtName}在该案执行活动中不存在${b.you}所称的违法情形。依照${citeAll(['rules109', 'joint16'])}的规定，本院决定：`,
      `不支持${b.you}的监督申请。`,
      `${b.you}对本决定如有疑问，可以与本院联系，本院将当面释法说理。`,
    ],
  }),
  // 规则 第一百零八条: decided by the 检察长 or 检察委员会, sent to the court within 15 days of the decision.
  recommendation_notice: (f, b) => ({
    before: [
      `${caseOf(b)}，本院经审查认为：${sentence(f.summary)}`,
      `依照${citeAll(['cpl246', 'rules106', 'rules108', 'joint11'])}的规定，经本院检察长或者检察委员会决定，本院决定向${f.court}提出检察建议，并在决定之日起十五日内将检察建议书连同案件卷宗移送该院。人民法院应当在收到检察建议书之日起三个月内回复本院，本院将跟进其处理情况。`,
    ],
  }),
}
