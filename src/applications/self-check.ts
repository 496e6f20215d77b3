import type { SiteView } from '../site/site-view.js'
import { UNKNOWN_COURT, type SelfCheckAnswers } from './self-check.schema.js'

// The self-check's answer (docs/product.md §3; docs/domain-rules.md §1.2–§1.4, §1.9, §1.10, §3.1). Advice,
// not a decision: only plainly out-of-scope matters stop; 正当理由, late rulings, 管辖 are for staff.

export type SelfCheckOutcome = 'eligible' | 'remedy_first' | 'not_competent' | 'out_of_scope'

export type SelfCheckLink = { href: string; text: string }

export type SelfCheckResult = {
  outcome: SelfCheckOutcome
  title: string
  reason: string
  nextSteps: string[]
  legalBasis?: string
  canContinue: boolean
  /** where to read more or go instead (guide sections, 12309) */
  links?: SelfCheckLink[]
}

type Fields = Omit<SelfCheckResult, 'outcome' | 'title' | 'canContinue'>

export const OUTCOME_TITLES: Record<SelfCheckOutcome, string> = {
  eligible: '您可以提交申请',
  remedy_first: '建议先向执行法院提出执行异议 — 仍可提交',
  not_competent: '本院可能没有管辖权',
  out_of_scope: '此类事项不属于执行监督',
}

const CPL = '《中华人民共和国民事诉讼法》'
const RULES = '《人民检察院民事诉讼监督规则》'
const TWO_COURTS = '《最高人民法院 最高人民检察院关于民事执行活动法律监督若干问题的规定》'
const EXEC_INTERPRETATION = '《最高人民法院关于适用〈民事诉讼法〉执行程序若干问题的解释》'
const LINK_12309: SelfCheckLink = { href: 'https://www.12309.gov.cn', text: '12309中国检察网' }
const GOOD_CAUSE =
  '如果您有正当理由没有先向法院提出，仍然可以继续提交，请在申请中写明理由。是否属于正当理由，由检察人员根据具体情况判断。'
const AGENT_NOTE =
  '您代他人申请的，请准备由当事人签名的授权委托书；代理人是律师的，还要填写律师执业证号。'
const BACK_TO_ENFORCEMENT =
  '如果您反映的其实是法院在执行中的做法（例如拖延执行、查封错误），请点“返回修改”，在“您要反映的问题”中选择“法院的执行行为”。'

export function assessSelfCheck(a: SelfCheckAnswers, site: SiteView): SelfCheckResult {
  return outOfScope(a, site) ?? notCompetent(a, site) ?? remedyFirst(a, site) ?? eligible(a, site)
}

function result(outcome: SelfCheckOutcome, fields: Fields): SelfCheckResult {
  return {
    outcome,
    title: OUTCOME_TITLES[outcome],
    canContinue: outcome !== 'out_of_scope',
    ...fields,
  }
}

type OutOfScope = Exclude<SelfCheckAnswers['about'], 'enforcement'> | 'role_other'
type ScopeText = { reason: string; steps: StepsFor; legalBasis?: string; guide: SelfCheckLink }
type StepsFor = (site: SiteView, ask: string) => string[]

function outOfScope(a: SelfCheckAnswers, site: SiteView): SelfCheckResult | undefined {
  const kind = a.role === 'other' ? 'role_other' : a.about
  if (kind === 'enforcement') return undefined
  const { reason, steps, legalBasis, guide } = OUT_OF_SCOPE[kind]
  const nextSteps = steps(site, `也可以拨打 ${site.phone} 咨询。`)
  return result('out_of_scope', { reason, nextSteps, legalBasis, links: [guide, LINK_12309] })
}

const OUT_OF_SCOPE: Record<OutOfScope, ScopeText> = {
  role_other: {
    reason:
      '可以向检察院申请执行监督的，是执行案件的当事人（申请执行人、被执行人）、利害关系人和案外人，也可以由他们委托代理人代为申请。您不属于这些身份，不能通过本平台提交执行监督申请。',
    steps: (site, ask) => [
      `您发现法院的执行活动有违法情况的，可以向检察院控告、举报：到${site.name}控告申诉窗口（${site.address}）提出，或者通过 12309中国检察网 提出。${ask}`,
      '如果您其实受到了执行的影响（例如被查封的财产是您的），请点“返回修改”，重新选择您的身份。',
    ],
    legalBasis: `${TWO_COURTS}第五条`,
    guide: { href: '/guide#who', text: '申请指南：谁可以申请' },
  },
  judgment: {
    reason:
      '您反映的是判决、裁定本身判得不对。这属于“生效裁判监督”，和执行监督是两种不同的程序，申请条件和期限都不一样，本平台不办理。',
    steps: (_site, ask) => [
      '通常要先向法院申请再审。法院驳回再审申请，或者再审判决、裁定发生法律效力后，当事人可以向检察院申请监督，应当在两年内提出；这两年不能中止、中断或者延长。',
      `可以通过 12309中国检察网 提出，${ask}`,
      BACK_TO_ENFORCEMENT,
    ],
    legalBasis: `${RULES}第十九条第（一）项、第二十条`,
    guide: { href: '/guide#faq', text: '申请指南：常见问题（对判决结果不服怎么办）' },
  },
  judge_conduct: {
    reason:
      '您反映的是审判人员在审理案件中的违法行为。这属于“审判人员违法行为监督”，和执行监督是不同的程序，本平台不办理。',
    steps: (site, ask) => [
      `可以通过 12309中国检察网 提出，或者到${site.name}控告申诉窗口提出。${ask}`,
      BACK_TO_ENFORCEMENT,
    ],
    legalBasis: `${RULES}第十九条第（二）项`,
    guide: { href: '/guide#matters', text: '申请指南：可以申请监督的情形' },
  },
  other: {
    reason: '您反映的不是法院的执行行为，不属于民事执行监督的范围，本平台不办理。',
    steps: (site, ask) => [
      `属于检察院办理范围的其他事项（例如控告、举报），可以通过 12309中国检察网 提出，或者到${site.name}控告申诉窗口提出。`,
      `不属于检察院办理范围的，请向有关机关反映。不清楚该向哪里反映的，${ask}`,
      BACK_TO_ENFORCEMENT,
    ],
    guide: { href: '/guide#matters', text: '申请指南：可以申请监督的情形' },
  },
}

function notCompetent(a: SelfCheckAnswers, site: SiteView): SelfCheckResult | undefined {
  if (a.court === UNKNOWN_COURT || site.courts.some((c) => c.code === a.court)) return undefined
  const ours = site.courts.map((c) => c.name).join('、') || '与本院同级的人民法院'
  const nextSteps = [
    '请向与执行法院同级的人民检察院申请：区、县人民法院执行的案件，向同一区、县的人民检察院申请；中级人民法院执行的案件，向市级人民检察院申请。该检察院的联系方式可以在 12309中国检察网（www.12309.gov.cn）查找，也可以通过该网站提出申请。',
    '您反映的如果是中级人民法院作出的复议裁定（案号中有“执复”），对它的监督可能由市级人民检察院办理。',
    '是否属于本院管辖，由本院工作人员审查决定。您仍然可以继续提交；不属于本院管辖的，我们会告诉您应当向哪个检察院申请。',
  ]
  if (a.remedy === 'none') nextSteps.push(`另外，${remedyRoute(a)}`)
  return result('not_competent', {
    reason: `民事执行监督案件，由执行法院所在地同级人民检察院管辖。${site.name}办理${ours}执行活动的监督申请；您的执行法院不在其中，本院可能没有管辖权。`,
    nextSteps: [...nextSteps, ...commonNotes(a, site)],
    legalBasis: `${TWO_COURTS}第四条`,
    links: [{ href: '/guide#jurisdiction', text: '申请指南：向哪个检察院申请' }, LINK_12309],
  })
}

function remedyFirst(a: SelfCheckAnswers, site: SiteView): SelfCheckResult | undefined {
  const links = [{ href: '/guide#court-first', text: '申请指南：先向法院寻求救济' }]
  if (a.remedy === 'none') {
    return result('remedy_first', {
      reason:
        '法律为执行中的错误规定了在法院内部纠正的办法。法律规定可以提出执行异议、申请复议或者提起诉讼，而当事人没有这样做的，检察院一般不予受理，但有正当理由的除外。',
      nextSteps: [
        remedyRoute(a),
        GOOD_CAUSE,
        '您反映的如果是法院不执行、拖延执行（消极执行），这类问题通常没有可以提出异议的途径，请点“返回修改”，在最后一题选择“我反映的是拖延执行、不执行（消极执行）”。',
        ...commonNotes(a, site),
      ],
      legalBasis: `${CPL}第二百三十六条、第二百三十八条；${TWO_COURTS}第六条`,
      links,
    })
  }
  if (a.remedy !== 'pending') return undefined
  return result('remedy_first', {
    reason:
      '您已经向法院提出执行异议或者申请复议，法院正在处理。法院已经受理并正在审查的，一般应当等法院作出裁定；但法院超过法定期限还没有作出裁定的除外。',
    nextSteps: [
      '执行异议：法院应当自收到书面异议之日起 15 日内审查并作出裁定；对裁定不服的，可以自裁定送达之日起 10 日内向上一级法院申请复议。复议：上一级法院应当自收到复议申请之日起 30 日内作出裁定，有特殊情况经院长批准可以延长，延长不超过 30 日。',
      '法院超过上述期限还没有作出裁定的，您可以继续提交申请，请在申请中写明提出异议或复议的日期和案号；还在期限内的，建议等法院作出裁定后再申请。',
      ...commonNotes(a, site),
    ],
    legalBasis: `${CPL}第二百三十六条；${EXEC_INTERPRETATION}第八条`,
    links,
  })
}

function eligible(a: SelfCheckAnswers, site: SiteView): SelfCheckResult {
  const court = site.courts.find((c) => c.code === a.court)
  const where = court ? `执行法院是${court.name}，属于本院管辖的范围。` : ''
  const why =
    a.remedy === 'not_applicable'
      ? '您反映的是法院不执行、拖延执行（消极执行）。这类问题通常没有可以向法院提出异议的途径，一般可以直接向检察院申请监督。'
      : '您已经向法院提出执行异议、申请复议或者提起诉讼，法院已经作出裁定，可以向检察院申请监督。'
  const ruling =
    '请一并准备法院的异议裁定书或复议裁定书。对中级人民法院作出的复议裁定（案号中有“执复”）的监督，可能由市级人民检察院办理，本院收到后会告诉您。'
  return result('eligible', {
    reason: why + where,
    nextSteps: [
      '点“继续填写申请”，按提示逐项填写，大约需要 15 到 20 分钟，每填完一步都会自动保存草稿。',
      '请准备身份证明、执行案件的法律文书（例如执行通知书、执行裁定书）和证据材料。',
      ...(a.remedy === 'decided' ? [ruling] : []),
      ...commonNotes(a, site),
    ],
    legalBasis: `${CPL}第二百四十六条；${RULES}第十九条`,
  })
}

/** Which court remedy fits the role: 案外人 object under art. 238, the parties under art. 236. */
function remedyRoute(a: SelfCheckAnswers): string {
  const objection =
    '当事人、利害关系人可以向执行法院提出书面执行异议，法院应当自收到之日起 15 日内审查并作出裁定；对裁定不服的，可以自裁定送达之日起 10 日内向上一级法院申请复议。'
  const outsider =
    '案外人认为被执行的财产是自己的，可以向执行法院提出书面异议，法院应当自收到之日起 15 日内审查；对裁定不服、且与原判决、裁定无关的，可以自裁定送达之日起 15 日内向法院提起诉讼（执行异议之诉）。'
  if (a.role === 'outsider') return outsider
  return a.role === 'agent' ? `${objection}${outsider}` : objection
}

/** Notes that apply whatever the outcome, as long as the applicant may go on. */
function commonNotes(a: SelfCheckAnswers, site: SiteView): string[] {
  const notes = a.role === 'agent' ? [AGENT_NOTE] : []
  if (a.court !== UNKNOWN_COURT) return notes
  const c = site.courts[0]
  const sample = c ? `，例如“（2023）${c.code}执123号”中的“${c.code}”是${c.name}` : ''
  return [
    `执行法院的名称印在法院发给您的执行通知书、执行裁定书上，也可以从执行案号里的法院代字看出来${sample}。执行法院不是本院管辖的法院的，工作人员会告诉您应当向哪个检察院申请。`,
    ...notes,
  ]
}
