import { citeAll } from '../kernel/legal-bases.js'
import type { SiteView } from '../site/site-view.js'
import { commonNotes, GOOD_CAUSE, result, type SelfCheckResult } from './self-check-result.js'
import type { SelfCheckAnswers } from './self-check.schema.js'

/** The court's own remedies come first (规则 第二十八条第一款), with their exceptions. */
export function remedyFirst(a: SelfCheckAnswers, site: SiteView): SelfCheckResult | undefined {
  // 规则 第二十八条第二款: 执行人员违法行为 needs no 异议 or 复议 first.
  if (a.about === 'officer_misconduct') return undefined
  if (a.remedy === 'objection_only') return objectionOnly(a, site)
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
      legalBasis: citeAll([
        'cpl236',
        'cpl238',
        'joint6',
        { key: 'rules28', paragraph: 1, item: 1 },
      ]),
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
    legalBasis: citeAll([
      'cpl236',
      'execInterpretation8',
      { key: 'rules28', paragraph: 1, item: 2 },
    ]),
    links,
  })
}

export /** Which court remedy fits the role: 案外人 object under art. 238, the parties under art. 236. */
function remedyRoute(a: SelfCheckAnswers): string {
  const objection =
    '当事人、利害关系人可以向执行法院提出书面执行异议，法院应当自收到之日起 15 日内审查并作出裁定；对裁定不服的，可以自裁定送达之日起 10 日内向上一级法院申请复议。'
  const outsider =
    '案外人认为被执行的财产是自己的，可以向执行法院提出书面异议，法院应当自收到之日起 15 日内审查；对裁定不服、且与原判决、裁定无关的，可以自裁定送达之日起 15 日内向法院提起诉讼（执行异议之诉）。'
  if (a.role === 'outsider') return outsider
  return a.role === 'agent' ? `${objection}${outsider}` : objection
}

/**
 * An 异议裁定 and nothing after it. A party may still ask for 复议 within 10 days (民诉法 第二百三十六条);
 * a 案外人's way on is 执行异议之诉 within 15 days, or 审判监督 where the original judgment is wrong
 * (第二百三十八条). 规则 第二十八条第一款第（一）项 names "申请复议或者提起诉讼" as well as 异议, so
 * without them the application risks 不予受理 unless there is 正当理由.
 */
function objectionOnly(a: SelfCheckAnswers, site: SiteView): SelfCheckResult {
  const outsider = a.role === 'outsider'
  const reason = outsider
    ? '您是案外人，法院已经对您的异议作出裁定。对裁定不服的，法律规定的途径是：认为原判决、裁定错误的，依照审判监督程序办理；与原判决、裁定无关的，可以自裁定送达之日起 15 日内向人民法院提起诉讼（执行异议之诉）。没有提起诉讼的，检察院可能不予受理，但有正当理由的除外。'
    : '法院已经对您的执行异议作出裁定，但您没有申请复议。对异议裁定不服的，可以自裁定送达之日起 10 日内向上一级人民法院申请复议。法律规定可以申请复议而没有申请的，检察院可能不予受理，但有正当理由的除外。'
  const suit = '提起执行异议之诉后，对该诉讼的判决、裁定不服的，属于生效裁判监督，不是执行监督。'
  return result('remedy_first', {
    reason,
    nextSteps: [
      outsider ? suit : '还在 10 日复议期内的，建议先申请复议，等复议裁定作出后再申请监督。',
      GOOD_CAUSE,
      ...commonNotes(a, site),
    ],
    legalBasis: citeAll([
      outsider ? 'cpl238' : 'cpl236',
      { key: 'rules28', paragraph: 1, item: 1 },
    ]),
    links: [{ href: '/guide#court-first', text: '申请指南：先向法院寻求救济' }],
  })
}
