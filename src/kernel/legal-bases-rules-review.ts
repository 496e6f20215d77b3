import { rules, USED, type LegalBasis } from './legal-basis.js'

/**
 * The rows of 《人民检察院民事诉讼监督规则》 (2021, 高检发释字〔2021〕1号) from 第四章 审查
 * (第四十条 to 第七十三条): review by 民事检察, 报请 and 交办 between levels, disclosure of who handles
 * the case, the review period, 中止 and 终结. The quotes are the official text.
 */
export const RULES_REVIEW_BASES = {
  rules40: rules(40, {
    supports: '受理后由民事检察部门审查',
    quote: '受理后的民事诉讼监督案件由负责民事检察的部门进行审查。',
    usedIn: [USED.stages, 'src/review/case-assignment.ts', 'src/actions/review-actions.service.ts'],
  }),
  rules41: rules(41, {
    supports: '报请上级人民检察院办理',
    quote:
      '下级人民检察院对受理的民事诉讼监督案件，认为需要由上级人民检察院办理的，可以报请上级人民检察院办理。',
    usedIn: [
      USED.stages,
      'src/actions/review-actions.schema.ts',
      'views/pages/staff/review-decision-forms.tsx',
    ],
  }),
  rules44: rules(44, {
    supports: '证据材料收据',
    quote: '人民检察院收到当事人提交的证据材料，应当出具收据。',
    usedIn: [USED.notices, USED.stages, 'views/documents/evidence-receipt.ts', USED.guide],
  }),
  rules45: rules(45, {
    supports: '告知回避权利及办案人员的姓名、法律职务',
    quote:
      '人民检察院应当告知当事人有申请回避的权利，并告知办理案件的检察人员、书记员等的姓名、法律职务。',
    usedIn: [
      USED.stages,
      'views/pages/track/handler.tsx',
      'src/tracking/status.repository.ts',
      'views/pages/staff/case/case-assignment.tsx',
    ],
  }),
  rules52: rules(52, {
    supports: '审查期限三个月；调卷、鉴定、评估、审计、专家咨询等期间不计入',
    quote:
      '应当在三个月内审查终结并作出决定，但调卷、鉴定、评估、审计、专家咨询等期间不计入审查期限。…对民事执行活动监督案件的审查期限，参照前款规定执行。',
    usedIn: [USED.notices, 'src/deadlines/clock-rules.ts', USED.guide],
  }),
  rules72: rules(72, {
    items: [1, 2, 3, 4],
    supports: '中止审查的情形与中止审查决定书',
    quote:
      '（一）申请监督的自然人死亡，需要等待继承人表明是否继续申请监督的；（二）申请监督的法人或者非法人组织终止，尚未确定权利义务承受人的；（三）本案必须以另一案的处理结果为依据，而另一案尚未审结的；（四）其他可以中止审查的情形。',
    usedIn: [USED.notices, USED.stages, 'src/actions/review-actions.schema.ts'],
  }),
  rules73: rules(73, {
    items: [1, 2, 3, 4, 5, 6, 7, 8],
    supports: '终结审查的情形（含撤回、和解放弃的但书）与终结审查决定书',
    quote:
      '（二）申请人撤回监督申请，且不损害国家利益、社会公共利益或者他人合法权益的；（三）申请人在与其他当事人达成的和解协议中声明放弃申请监督权利，且不损害国家利益、社会公共利益或者他人合法权益的',
    usedIn: [
      USED.notices,
      USED.stages,
      'src/actions/review-actions.schema.ts',
      'src/workflow/transitions.ts',
      'views/pages/track/withdraw.tsx',
    ],
  }),
  rules42: rules(42, {
    supports: '上级院交办案件：限定办理期限、交办通知书、不得再行交办、在规定期限内报送处理意见',
    quote:
      '上级人民检察院可以将受理的民事诉讼监督案件交由下级人民检察院办理，并限定办理期限。交办的案件应当制作《交办通知书》，并将有关材料移送下级人民检察院。下级人民检察院应当依法办理，不得将案件再行交办。除本规则第一百零七条规定外，下级人民检察院应当在规定期限内提出处理意见并报送上级人民检察院…',
    usedIn: [
      'src/handed-down/handed-down.schema.ts',
      'src/handed-down/handed-down.service.ts',
      'views/pages/staff/handed-down/handed-down-new.tsx',
      'views/pages/staff/handed-down/handed-down-case.tsx',
    ],
  }),
} as const satisfies Record<string, LegalBasis>
