import { citeAll } from '../kernel/legal-bases.js'
import type { SiteView } from '../site/site-view.js'
import {
  BACK_TO_ENFORCEMENT,
  LINK_12309,
  result,
  type SelfCheckLink,
  type SelfCheckResult,
} from './self-check-result.js'
import type { SelfCheckAnswers } from './self-check.schema.js'

type OutOfScope =
  Exclude<SelfCheckAnswers['about'], 'enforcement' | 'officer_misconduct'> | 'role_other'
type ScopeText = { reason: string; steps: StepsFor; legalBasis?: string; guide: SelfCheckLink }
type StepsFor = (site: SiteView, ask: string) => string[]

/** The matters this service does not handle: the answer says where to go instead. */
export function outOfScope(a: SelfCheckAnswers, site: SiteView): SelfCheckResult | undefined {
  const kind = a.role === 'other' ? 'role_other' : a.about
  if (kind === 'enforcement' || kind === 'officer_misconduct') return undefined
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
    legalBasis: citeAll(['joint5', 'rules35']),
    guide: { href: '/guide#who', text: '申请指南：谁可以申请' },
  },
  judgment: {
    reason:
      '您反映的是作为执行依据的判决、裁定、调解书本身判错了。这属于“生效裁判监督”，和执行监督是两种不同的程序，申请条件和期限都不一样，本平台不办理。',
    steps: (_site, ask) => [
      `如果您认为错的是法院在执行中作出的裁定（例如执行异议裁定、终结本次执行程序裁定、追加或者变更被执行人的裁定、拍卖裁定），这属于执行监督，可以在本平台申请（${citeAll([{ key: 'rules106', item: 1 }], 'short')}）：请点“返回修改”，在“您要反映的问题”中选择第一项“法院的执行行为或者执行中作出的裁定”。`,
      '通常要先向法院申请再审。法院驳回再审申请，或者再审判决、裁定发生法律效力后，当事人可以向检察院申请监督，应当在两年内提出；这两年不能中止、中断或者延长。',
      `可以通过 12309中国检察网 提出，${ask}`,
      BACK_TO_ENFORCEMENT,
    ],
    legalBasis: citeAll([{ key: 'rules19', item: 1 }, 'rules20']),
    guide: { href: '/guide#faq', text: '申请指南：常见问题（对判决结果不服怎么办）' },
  },
  judge_conduct: {
    reason:
      '您反映的是审判人员在审理案件中的违法行为。这属于“审判人员违法行为监督”，和执行监督是不同的程序，本平台不办理。',
    steps: (site, ask) => [
      `可以通过 12309中国检察网 提出，或者到${site.name}控告申诉窗口提出。${ask}`,
      BACK_TO_ENFORCEMENT,
    ],
    legalBasis: citeAll([{ key: 'rules19', item: 2 }]),
    guide: { href: '/guide#matters', text: '申请指南：可以申请监督的情形' },
  },
  other: {
    reason: '您反映的不是法院的执行行为，不属于民事执行监督的范围，本平台不办理。',
    steps: (site, ask) => [
      `属于检察院办理范围的其他事项（例如控告、举报），可以通过 12309中国检察网 提出，或者到${site.name}控告申诉窗口提出。`,
      `不属于检察院办理范围的，请向有关机关反映。不清楚该向哪里反映的，${ask}`,
      BACK_TO_ENFORCEMENT,
    ],
    legalBasis: citeAll([{ key: 'rules32', item: 3 }]),
    guide: { href: '/guide#matters', text: '申请指南：可以申请监督的情形' },
  },
}
