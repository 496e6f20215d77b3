import { cite, citeAll } from '../kernel/legal-bases.js'
import type { SiteView } from '../site/site-view.js'
import { remedyFirst, remedyRoute } from './self-check-remedy.js'
import { commonNotes, LINK_12309, result, type SelfCheckResult } from './self-check-result.js'
import { outOfScope } from './self-check-scope.js'
import { UNKNOWN_COURT, type SelfCheckAnswers } from './self-check.schema.js'

// The self-check's answer (docs/product.md §3; docs/domain-rules.md §1.2–§1.4, §1.9, §1.10, §3.1). Advice,
// not a decision: only plainly out-of-scope matters stop; 正当理由, late rulings, 管辖 are for staff.

export {
  OUTCOME_TITLES,
  type SelfCheckLink,
  type SelfCheckOutcome,
  type SelfCheckResult,
} from './self-check-result.js'

export function assessSelfCheck(a: SelfCheckAnswers, site: SiteView): SelfCheckResult {
  return outOfScope(a, site) ?? notCompetent(a, site) ?? remedyFirst(a, site) ?? eligible(a, site)
}

function notCompetent(a: SelfCheckAnswers, site: SiteView): SelfCheckResult | undefined {
  if (a.court === UNKNOWN_COURT || site.courts.some((c) => c.code === a.court)) return undefined
  const ours = site.courts.map((c) => c.name).join('、') || '与本院同级的人民法院'
  const nextSteps = [
    '请向与执行法院同级的人民检察院申请：区、县人民法院执行的案件，向同一区、县的人民检察院申请；中级人民法院执行的案件，向市级人民检察院申请。该检察院的联系方式可以在 12309中国检察网（www.12309.gov.cn）查找，也可以通过该网站提出申请。',
    `您不服的如果是中级人民法院作出的复议裁定（案号中有“执复”），由该中级人民法院所在地的同级人民检察院（${site.upperName}）受理（${cite({ key: 'rules30', paragraph: 2 }, 'short')}）。`,
    '是否属于本院管辖，由本院工作人员审查决定。您仍然可以继续提交；不属于本院管辖的，本院不会作出不予受理决定，而是书面告知您应当向哪个检察院申请监督。',
  ]
  if (a.remedy === 'none') nextSteps.push(`另外，${remedyRoute(a)}`)
  return result('not_competent', {
    reason: `民事执行监督案件，由执行法院所在地同级人民检察院管辖。${site.name}办理${ours}执行活动的监督申请；您的执行法院不在其中，本院可能没有管辖权。`,
    nextSteps: [...nextSteps, ...commonNotes(a, site)],
    legalBasis: citeAll(['joint4', 'rules30', { key: 'rules32', item: 2 }]),
    links: [{ href: '/guide#jurisdiction', text: '申请指南：向哪个检察院申请' }, LINK_12309],
  })
}

function eligible(a: SelfCheckAnswers, site: SiteView): SelfCheckResult {
  const court = site.courts.find((c) => c.code === a.court)
  const where = court ? `执行法院是${court.name}，属于本院管辖的范围。` : ''
  const why = whyEligible(a)
  const ruling = `请一并准备法院的异议裁定书或复议裁定书。不服中级人民法院作出的复议裁定（案号中有“执复”）的，由该中级人民法院所在地的同级人民检察院（${site.upperName}）受理，而不是本院（${cite({ key: 'rules30', paragraph: 2 }, 'short')}）；${site.upperName}可以将案件交由本院办理。`
  const suit =
    '您已经就执行异议提起诉讼的，对该诉讼的判决、裁定不服，属于生效裁判监督，不是执行监督。'
  return result('eligible', {
    reason: why + where,
    nextSteps: [
      '点“继续填写申请”，按提示逐项填写，大约需要 15 到 20 分钟，每填完一步都会自动保存草稿。',
      '请准备身份证明、执行案件的法律文书（例如执行通知书、执行裁定书）和证据材料。',
      ...(a.remedy === 'decided' ? [ruling] : []),
      ...(a.remedy === 'decided' && a.role === 'outsider' ? [suit] : []),
      ...commonNotes(a, site),
    ],
    legalBasis: citeAll([
      'cpl246',
      { key: 'rules19', item: 3 },
      ...(a.about === 'officer_misconduct' ? [{ key: 'rules28' as const, paragraph: 2 }] : []),
    ]),
  })
}

function whyEligible(a: SelfCheckAnswers): string {
  if (a.about === 'officer_misconduct')
    return `您反映的是执行人员的违法行为。当事人对执行人员违法行为申请监督的，不需要先向法院提出异议或者申请复议，可以直接向检察院申请（${cite({ key: 'rules28', paragraph: 2 }, 'short')}）。`
  return a.remedy === 'not_applicable'
    ? '您反映的是法院不执行、拖延执行（消极执行）。这类问题通常没有可以向法院提出异议的途径，一般可以直接向检察院申请监督。'
    : '您已经向法院提出执行异议、申请复议或者提起诉讼，法院已经作出裁定，可以向检察院申请监督。'
}
