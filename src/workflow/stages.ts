import { cite, citeAll, quoteOf } from '../kernel/legal-bases.js'

/**
 * Every stage an application can be in. The same list, in the same order, is the CHECK on
 * applications.stage and, less the terminal ones, the queue indexes' predicate
 * (test/unit/workflow/stage-list.test.ts compares them).
 */
export const STAGES = [
  'submitted',
  'supplement_requested',
  'accepted',
  'under_review',
  'suspended',
  'escalated',
  'decided_recommendation',
  'court_replied',
  'decided_not_supported',
  'terminated',
  'not_accepted',
  'referred',
  'withdrawn',
  'deemed_withdrawn',
  'closed',
] as const
export type Stage = (typeof STAGES)[number]

export interface StageText {
  /** The applicant-visible label, exactly as docs/product.md §9 gives it. */
  label: string
  /** What the stage means, in plain words for someone who has never dealt with a procuratorate. */
  meaning: string
  youCanDo: string[]
  /** The official words, from the table of legal bases (src/kernel/legal-bases.ts). */
  legalBasis?: string
  terminal: boolean
}

const ASK = '如有疑问，可以拨打本院电话咨询'
const EVIDENCE = '补充证据材料（受理后每次上传，本院都会出具证据材料收据）'
const WITHDRAW_BEFORE = '撤回申请'
// 规则 第七十三条第（二）项: after acceptance a withdrawal is the procuratorate's decision to 终结审查, and only
// where it harms no state, public or third-party interest — so it is a request, and we say so up front.
const WITHDRAW_AFTER =
  '申请撤回（受理后撤回须经本院审查决定：准许的，本院作出终结审查决定；不准许的，继续审查）'
const RECUSAL = '申请回避：认为承办检察官、书记员等办案人员应当回避的，可以在本院作出决定前提出申请'

const RULE_21 = quoteOf('rules21')

export const STAGE_TEXT: Record<Stage, StageText> = {
  submitted: {
    label: '已收件，待受理',
    meaning:
      '我们已经收到您的申请，工作人员正在查看您的材料。在办理进度中写明的答复日期之前，我们会告诉您：是受理，还是需要您补充材料，或者应当向别的机关反映。',
    youCanDo: ['等待答复，不需要重复提交', WITHDRAW_BEFORE],
    terminal: false,
  },
  supplement_requested: {
    label: '待补正',
    meaning:
      '您的材料还不齐全。补正通知书里一次列出了所有需要补充的材料和截止日期。请在截止日期前上传；过了日期还没有补齐的，申请视为撤回。',
    youCanDo: ['按补正通知书上传缺少的材料', WITHDRAW_BEFORE],
    legalBasis: RULE_21,
    terminal: false,
  },
  accepted: {
    label: '已受理',
    meaning:
      '我们已经决定受理您的申请，并向您发送受理通知书。案件会交给民事检察部门，由一名检察官负责审查；确定承办检察官后，本页会显示他的姓名。',
    youCanDo: ['下载受理通知书', EVIDENCE, WITHDRAW_AFTER, '承办检察官确定后，您可以申请回避'],
    legalBasis: quoteOf('rules40'),
    terminal: false,
  },
  under_review: {
    label: '审查中',
    meaning:
      '承办检察官正在审查法院的执行活动是否合法，必要时会调阅法院的执行案卷。承办检察官的姓名可以在办理进度中查看。',
    youCanDo: ['等待审查结果', EVIDENCE, RECUSAL, WITHDRAW_AFTER],
    // evidence receipts, names with 法律职务, and the 回避 right are the applicant's rights here
    legalBasis: [quoteOf('rules44'), quoteOf('rules45'), quoteOf('rules12')].join(''),
    terminal: false,
  },
  suspended: {
    label: '中止审查',
    meaning:
      '审查暂时停了下来，原因写在中止审查决定书里（例如要等另一个案件的结果）。停下来的这段时间不算在审查期限里，原因消除后会恢复审查。',
    youCanDo: ['下载中止审查决定书', '等待恢复审查', EVIDENCE, RECUSAL, WITHDRAW_AFTER],
    legalBasis: `${cite('rules72')}：有申请监督的自然人死亡需要等待继承人表明是否继续申请监督、申请监督的法人或者非法人组织终止尚未确定权利义务承受人、本案必须以另一案的处理结果为依据而另一案尚未审结等情形的，人民检察院可以中止审查。中止审查的原因消除后，应当及时恢复审查。`,
    terminal: false,
  },
  escalated: {
    label: '已报请上级院办理',
    meaning: `本院已依照${cite('rules41', 'short')}报请上一级人民检察院办理您的案件。有了结果，本院会告诉您。`,
    youCanDo: ['等待处理结果', ASK],
    legalBasis: quoteOf('rules41'),
    terminal: false,
  },
  decided_recommendation: {
    label: '已决定提出检察建议',
    meaning:
      '检察院审查后认为法院的执行活动有需要纠正的地方，经检察长或者检察委员会决定向法院提出检察建议，将在决定之日起十五日内把检察建议书移送法院。法院应当在收到检察建议书后三个月内书面回复，有特殊情况的可以延长一个月。',
    youCanDo: ['等待法院回复', '法院的执行情况有新变化的，可以上传材料告诉我们'],
    legalBasis: `${quoteOf('rules108')}${cite('joint13')}：人民法院收到检察建议书后，应当在三个月内将审查处理情况以回复意见函的形式回复人民检察院；有特殊情况需要延长的，经本院院长批准，可以延长一个月。`,
    terminal: false,
  },
  court_replied: {
    label: '法院已回复',
    meaning:
      '法院已经书面回复了检察建议，写明是采纳、部分采纳还是不采纳。检察官正在核对法院的回复，之后会办结本案。',
    youCanDo: ['查看法院回复的结论', '认为法院仍未纠正的，可以上传材料告诉我们', '等待办结'],
    // 第十四条: 跟进监督 is the procuratorate's own choice (可以依职权), not an applicant's request.
    legalBasis: `${cite('joint13')}：不采纳检察建议的，应当说明理由。${cite('joint14')}：人民法院逾期未回复或者处理结果不当的，提出检察建议的人民检察院可以依职权提请上一级人民检察院跟进监督。`,
    terminal: false,
  },
  decided_not_supported: {
    label: '不支持监督申请',
    meaning:
      '检察院审查后认为，法院在您反映的执行活动中没有违法情形，所以决定不支持您的监督申请。决定书会在决定之日起十五日内送给您，里面写明了理由。',
    // No 复查 here: 规则 第一百二十六条 gives it only against decisions on 生效裁判, not on execution.
    youCanDo: [
      '下载并阅读不支持监督申请决定书，了解理由',
      '对理由有疑问的，可以请承办检察官当面或者通过电话解释（释法说理）',
      '还可以通过什么途径解决问题，可以向承办检察官咨询',
    ],
    legalBasis: `${quoteOf('rules109')}${cite('joint16')}：应当作出不支持监督申请的决定，在决定之日起十五日内制作不支持监督申请决定书，发送申请人，并做好释法说理工作。`,
    terminal: false,
  },
  terminated: {
    label: '终结审查',
    meaning:
      '检察院决定结束对本案的审查，例如法院已经自己纠正了违法行为，或者本院经审查准许您撤回申请。具体原因写在终结审查决定书里。',
    youCanDo: ['下载终结审查决定书', ASK],
    legalBasis: `${cite('rules73')}：人民法院已经纠正违法行为的；申请人撤回监督申请，且不损害国家利益、社会公共利益或者他人合法权益的；申请人在与其他当事人达成的和解协议中声明放弃申请监督权利，且不损害国家利益、社会公共利益或者他人合法权益的；以及该条规定的其他情形，人民检察院应当终结审查，制作《终结审查决定书》。`,
    terminal: false,
  },
  not_accepted: {
    label: '不予受理',
    meaning:
      '您的申请不符合受理条件，本院决定不予受理。原因写在不予受理通知书里，例如应当先向法院提出执行异议或者申请复议。',
    youCanDo: [
      '下载不予受理通知书，了解原因',
      '认为本院不依法受理的，可以向上一级人民检察院申请监督（上一级人民检察院的名称写在不予受理通知书里）',
      '有正当理由或者情况变化的，可以补充材料后重新申请',
      ASK,
    ],
    legalBasis: `${citeAll([
      { key: 'rules28', paragraph: 1 },
      { key: 'rules32', item: 4 },
    ])}。${quoteOf('rules31')}`,
    terminal: true,
  },
  referred: {
    label: '已告知向有管辖权机关反映',
    meaning:
      '您反映的事情不归本院处理。我们已经书面告诉您，应当向哪个检察院申请，或者向哪个机关反映。',
    youCanDo: ['下载告知书，按上面写的去申请或者反映', ASK],
    legalBasis: `${cite('rules32')}：不属于本院受理案件范围的，应当告知申请人向有关人民检察院申请监督；不属于人民检察院主管范围的，应当告知申请人向有关机关反映。`,
    terminal: true,
  },
  withdrawn: {
    label: '已撤回',
    meaning: '您已经撤回了这份申请，本院不再处理。',
    youCanDo: [ASK],
    terminal: true,
  },
  deemed_withdrawn: {
    label: '视为撤回',
    meaning: '补正的截止日期已经过了，缺少的材料没有补齐，按规定您的申请视为撤回，本院不再处理。',
    youCanDo: [ASK],
    legalBasis: RULE_21,
    terminal: true,
  },
  closed: {
    label: '已办结',
    meaning: '本案已经办理完毕。办理结果和本案的文书都可以在办理进度中查看。',
    youCanDo: ['下载本案的文书', ASK],
    terminal: true,
  },
}

export function describeStage(stage: Stage): StageText & { stage: Stage } {
  return { stage, ...STAGE_TEXT[stage] }
}

/**
 * Stages before any decision. Before acceptance a withdrawal simply ends the application; after it,
 * the applicant's withdrawal is a request on which the procuratorate decides 终结审查 (规则 第七十三条
 * 第（二）项, with its proviso) or refuses it (docs/decisions/037-withdrawal-after-acceptance.md). Once a
 * decision is made, or the case sits with the higher procuratorate (规则 第四十一条), there is nothing
 * left here to withdraw.
 */
export const APPLICANT_CAN_WITHDRAW: ReadonlySet<Stage> = new Set<Stage>([
  'submitted',
  'supplement_requested',
  'accepted',
  'under_review',
  'suspended',
])

export const OPEN_STAGES: readonly Stage[] = STAGES.filter((s) => !STAGE_TEXT[s].terminal)
export const TERMINAL_STAGES: readonly Stage[] = STAGES.filter((s) => STAGE_TEXT[s].terminal)

export function isOpen(stage: Stage): boolean {
  return !STAGE_TEXT[stage].terminal
}
