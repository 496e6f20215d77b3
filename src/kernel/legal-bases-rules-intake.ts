import { rules, USED, type LegalBasis } from './legal-basis.js'

/**
 * The rows of 《人民检察院民事诉讼监督规则》 (2021, 高检发释字〔2021〕1号) from 第二章 回避 and
 * 第三章 受理 (第十二条 to 第三十九条): recusal, who may apply, what an application holds, the
 * 控告申诉 department's four answers and the 受理 clocks. The quotes are the official text.
 */
export const RULES_INTAKE_BASES = {
  rules12: rules(12, {
    supports: '申请回避的权利，及于书记员、翻译人员、鉴定人、勘验人',
    quote: '当事人有权申请他们回避。前款规定，适用于书记员、翻译人员、鉴定人、勘验人等。',
    usedIn: [
      USED.notices,
      'views/pages/track/handler.tsx',
      USED.guide,
      'src/tracking/recusal.schema.ts',
    ],
  }),
  rules14: rules(14, {
    supports: '回避申请在作出决定前提出；被申请回避的人员暂停参与本案工作',
    quote:
      '当事人申请回避，应当在人民检察院作出提出抗诉或者检察建议等决定前…提出…被申请回避的人员在人民检察院作出是否回避的决定前，应当暂停参与本案工作，但案件需要采取紧急措施的除外。',
    usedIn: [
      'views/pages/track/handler.tsx',
      'src/tracking/recusal-periods.ts',
      'views/pages/staff/case/case-recusals.tsx',
    ],
  }),
  rules16: rules(16, {
    supports: '回避由检察长决定；检察长的回避由检察委员会讨论决定（回避决定的记录）',
    quote:
      '检察长的回避，由检察委员会讨论决定；检察人员和其他人员的回避，由检察长决定。检察委员会讨论检察长回避问题时，由副检察长主持，检察长不得参加。',
    usedIn: [
      'views/pages/track/handler.tsx',
      'src/actions/recusal-actions.tsx',
      'src/actions/recusal-decision.service.ts',
      'views/pages/staff/recusal-decision.tsx',
      'src/tracking/recusal.table.ts',
    ],
  }),
  rules17: rules(17, {
    supports:
      '三日内作出回避决定，可以申请复议一次，三日内作出复议决定；复议期间不停止参与本案工作',
    quote:
      '应当在三日内作出决定，并通知申请人。申请人对决定不服的，可以在接到决定时向原决定机关申请复议一次。人民检察院应当在三日内作出复议决定，并通知复议申请人。复议期间，被申请回避的人员不停止参与本案工作。',
    usedIn: [
      'views/pages/track/handler.tsx',
      'src/tracking/recusal-periods.ts',
      'src/tracking/recusal.service.ts',
      'src/review/case-recusals.ts',
      'views/pages/staff/recusal-decision.tsx',
    ],
  }),
  rules19: rules(19, {
    items: [1, 2, 3],
    supports: '谁可以申请监督：生效裁判、审判人员违法行为、执行活动',
    quote: '（三）认为民事执行活动存在违法情形的',
    usedIn: [USED.selfCheck],
  }),
  rules20: rules(20, {
    supports: '生效裁判监督两年内提出，不变期间',
    quote: '应当在人民法院作出驳回再审申请裁定或者再审判决、裁定发生法律效力之日起两年内提出',
    usedIn: [USED.selfCheck, 'src/applications/validation/case-types.ts'],
  }),
  rules21: rules(21, {
    supports: '申请材料；补正须一次性明确告知；逾期未补齐视为撤回',
    quote:
      '人民检察院应当要求申请人限期补齐，并一次性明确告知应补齐的全部材料。申请人逾期未补齐的，视为撤回监督申请。',
    usedIn: [
      USED.notices,
      USED.stages,
      'src/supplements/supplement.service.ts',
      USED.guide,
      USED.privacy,
    ],
  }),
  rules22: rules(22, {
    items: [1, 2, 3, 4],
    supports: '监督申请书应当记明的事项',
    quote: '（四）申请监督的具体法定情形及事实、理由。',
    usedIn: [
      'views/documents/application-letter.ts',
      'src/applications/letter-data.ts',
      USED.guide,
    ],
  }),
  rules23: rules(23, {
    supports: '身份证明的种类（隐私说明中收集范围的上限）',
    quote: '本规则第二十一条规定的身份证明包括…',
    usedIn: [USED.privacy],
  }),
  rules24: rules(24, {
    supports: '相关法律文书的范围（隐私说明中收集范围的上限）',
    quote:
      '相关法律文书是指人民法院在该案件诉讼过程中作出的全部判决书、裁定书、决定书、调解书等法律文书',
    usedIn: [USED.privacy],
  }),
  rules26: rules(26, {
    supports: '受理条件',
    quote: '当事人申请监督符合下列条件的，人民检察院应当受理',
    usedIn: [USED.notices],
  }),
  rules28: rules(28, {
    paragraph: 1,
    items: [1, 2, 3],
    supports: '执行监督不予受理的情形；执行人员违法行为不受前置程序限制（第二款）',
    quote:
      '（一）法律规定可以提出异议、申请复议或者提起诉讼，当事人没有提出异议、申请复议或者提起诉讼的，但有正当理由的除外；（二）…人民法院已经受理并正在审查处理的，但超过法定期限未作出处理的除外…当事人对审判、执行人员违法行为申请监督的，不受前款规定的限制。',
    usedIn: ['src/notices/notice-content.ts', USED.notices, USED.guide],
  }),
  rules30: rules(30, {
    supports:
      '执行监督由执行法院所在地同级人民检察院受理；不服上级法院复议裁定的由上级法院所在地同级院受理',
    quote:
      '由审理、执行案件的人民法院所在地同级人民检察院负责控告申诉检察的部门受理…当事人不服上级人民法院作出的复议裁定、决定等，提出监督申请的，由上级人民法院所在地同级人民检察院受理。人民检察院受理后，可以根据需要…将案件交由原审理、执行案件的人民法院所在地同级人民检察院办理。',
    usedIn: [
      USED.selfCheck,
      'src/notices/notice-content.ts',
      'views/pages/staff/handed-down/handed-down-new.tsx',
    ],
  }),
  rules31: rules(31, {
    supports: '不予受理的救济：向上一级人民检察院申请监督',
    quote: '当事人认为人民检察院不依法受理其监督申请的，可以向上一级人民检察院申请监督。',
    usedIn: [USED.notices, USED.stages],
  }),
  rules32: rules(32, {
    items: [1, 2, 3, 4],
    supports: '控申部门对监督申请的四种处理：受理、告知向有关检察院、告知向有关机关、不予受理',
    quote:
      '（二）不属于本院受理案件范围的，应当告知申请人向有关人民检察院申请监督；（三）不属于人民检察院主管范围的，应当告知申请人向有关机关反映；（四）不符合受理条件，且申请人不撤回监督申请的，可以决定不予受理。',
    usedIn: [USED.notices, USED.stages, USED.selfCheck, 'src/notices/notice-content.ts'],
  }),
  rules33: rules(33, {
    supports:
      '受理通知书三日内发送申请人；同时将受理通知书和监督申请书副本发送其他当事人，其他当事人十五日内可以提出书面意见',
    quote:
      '应当在决定受理之日起三日内制作《受理通知书》，发送申请人，并告知其权利义务；同时将《受理通知书》和监督申请书副本发送其他当事人，并告知其权利义务。其他当事人可以在收到监督申请书副本之日起十五日内提出书面意见，不提出意见的不影响人民检察院对案件的审查。',
    usedIn: [
      USED.notices,
      'src/notices/notice-text-other-party.ts',
      'src/deadlines/clock-rules.ts',
      'src/actions/intake-actions.service.ts',
      'src/actions/other-party.service.ts',
      USED.guide,
      USED.privacy,
    ],
  }),
  rules34: rules(34, {
    supports: '受理之日起三日内将案件材料移送民事检察部门；其他当事人的书面意见及时移送',
    quote:
      '负责控告申诉检察的部门应当在决定受理之日起三日内将案件材料移送本院负责民事检察的部门…收到其他当事人提交的书面意见等材料，应当及时移送负责民事检察的部门。',
    usedIn: ['src/deadlines/clock-rules.ts', 'src/actions/other-party.service.ts'],
  }),
  rules35: rules(35, {
    supports: '当事人以外的人向检察院控告',
    quote: '当事人以外的自然人、法人和非法人组织…可以向同级人民检察院控告',
    usedIn: [USED.selfCheck],
  }),
  rules36: rules(36, {
    supports: '上级院控申部门向下级院交办涉及民事诉讼监督的信访案件（交办、移送案件的一种来源）',
    quote:
      '负责控告申诉检察的部门可以依据《人民检察院信访工作规定》，向下级人民检察院交办涉及民事诉讼监督的信访案件。',
    usedIn: [
      'src/handed-down/handed-down.schema.ts',
      'views/pages/staff/handed-down/handed-down-new.tsx',
    ],
  }),
} as const satisfies Record<string, LegalBasis>
