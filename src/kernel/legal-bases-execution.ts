import { basis, type LegalBasis } from './legal-basis.js'

const at = basis
const RULES_DIR = 'src/leads/rules'

/**
 * The execution-law rows behind the supervision-lead rules (src/leads/rules, docs/domain-rules.md
 * §3.7). Quotes as recorded there with their sources; where only a reprint was
 * seen the row says so in `supports`, and the rule's threshold stays an admin setting.
 */
export const EXECUTION_BASES = {
  zb1: at('zbRules', 1, {
    items: [1, 2, 3, 4],
    supports: '终本的条件：执行通知与报告财产、限制消费与失信、穷尽财产调查、立案超过三个月',
    quote:
      '人民法院终结本次执行程序，应当同时符合下列条件：（一）已向被执行人发出执行通知、责令被执行人报告财产；（二）已向被执行人发出限制消费令，并将符合条件的被执行人纳入失信被执行人名单；（三）已穷尽财产调查措施，未发现被执行人有可供执行的财产或者发现的财产不能处置；（四）自执行案件立案之日起已超过三个月…',
    usedIn: [RULES_DIR],
  }),
  zb2: at('zbRules', 2, {
    supports: '“责令被执行人报告财产”须发出报告财产令',
    quote:
      '本规定第一条第一项中的“责令被执行人报告财产”，是指应当完成下列事项：（一）向被执行人发出报告财产令…',
    usedIn: [RULES_DIR],
  }),
  zb9: at('zbRules', 9, {
    supports: '终本后五年内每六个月网络查询一次（据检察日报转引，官方文本未逐字核对）',
    quote:
      '终结本次执行程序后的五年内，执行法院应当每六个月通过网络执行查控系统查询一次被执行人的财产，并将查询结果告知申请执行人',
    usedIn: [RULES_DIR],
  }),
  propertyInvestigation2: at('propertyInvestigation', 2, {
    supports: '财产线索七日内调查核实，紧急情况三日内（据转载文本）',
    quote: '财产线索明确、具体的，人民法院应当在七日内调查核实；情况紧急的，应当在三日内调查核实',
    usedIn: [RULES_DIR],
  }),
  propertyInvestigation3: at('propertyInvestigation', 3, {
    supports: '报告财产令与执行通知同时发出（据转载文本）',
    quote: '金钱债权执行中，报告财产令应当与执行通知同时发出',
    usedIn: [RULES_DIR],
  }),
  cplInterpretation480: at('cplInterpretation', 480, {
    supports: '收到申请执行书后十日内发出执行通知',
    quote: '人民法院应当在收到申请执行书或者移交执行书后十日内发出执行通知。',
    usedIn: [RULES_DIR],
  }),
  cplInterpretation485: at('cplInterpretation', 485, {
    supports: '冻结存款不超过一年，查封扣押动产不超过二年，查封不动产、冻结其他财产权不超过三年',
    quote:
      '人民法院冻结被执行人的银行存款的期限不得超过一年，查封、扣押动产的期限不得超过两年，查封不动产、冻结其他财产权的期限不得超过三年。',
    usedIn: [RULES_DIR],
  }),
  cplInterpretation517: at('cplInterpretation', 517, {
    supports: '终本须申请执行人签字确认或合议庭审查并经院长批准',
    quote:
      '经过财产调查未发现可供执行的财产，在申请执行人签字确认或者执行法院组成合议庭审查核实并经院长批准后，可以裁定终结本次执行程序。',
    usedIn: [RULES_DIR],
  }),
  execInterpretation10: at('execInterpretation', 10, {
    supports: '有财产可供执行超过六个月未执行完结',
    quote:
      '债权人申请执行时被执行人有可供执行的财产，执行法院自收到申请执行书之日起超过六个月对该财产未执行完结的…',
    usedIn: [RULES_DIR],
  }),
  execInterpretation13: at('execInterpretation', 13, {
    supports: '六个月不计公告、鉴定评估、暂缓和中止执行等期间',
    quote:
      '六个月期间，不应当计算执行中的公告期间、鉴定评估期间、管辖争议处理期间、执行争议协调期间、暂缓执行期间以及中止执行期间。',
    usedIn: [RULES_DIR],
  }),
  trialLimits5: at('trialLimits', 5, {
    supports: '执行案件立案之日起六个月内执结',
    quote: '执行案件应当在立案之日起六个月内执结…',
    usedIn: [RULES_DIR],
  }),
  // Reference-list rules (docs/decisions/096-reference-lists.md). 失信规定 and 限消规定 were seen only in
  // reprints (docs/court-exchange notes): their periods are admin settings, said so on the rules page.
  dishonest2: at('dishonestList', 2, {
    supports:
      '失信名单纳入期限二年，可延长一至三年（据转载文本，官方文本未逐字核对；期限为设置项）',
    quote:
      '纳入失信被执行人名单的期限为二年。被执行人以暴力、威胁方法妨碍、抗拒执行情节严重或具有多项失信行为的，可以延长一至三年。',
    usedIn: [RULES_DIR],
  }),
  dishonest10: at('dishonestList', 10, {
    supports:
      '履行完毕、终结执行、不予执行等情形及期限届满后三个工作日内删除失信信息（据转载文本，期限为设置项）',
    quote:
      '具有下列情形之一的，人民法院应当在三个工作日内删除失信信息：（一）被执行人已履行生效法律文书确定的义务或人民法院已执行完毕的；（二）当事人达成执行和解协议且已履行完毕的；…（六）人民法院依法裁定不予执行的；（七）人民法院依法裁定终结执行的。…纳入期限届满后三个工作日内，人民法院应当删除失信信息。',
    usedIn: [RULES_DIR],
  }),
  restriction3: at('consumptionRestriction', 3, {
    supports:
      '被限制消费人不得乘坐飞机、列车软卧、轮船二等以上舱位、G字头动车组全部座位、其他动车组一等以上座位',
    quote:
      '（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；…乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位…',
    usedIn: [RULES_DIR],
  }),
  restriction9: at('consumptionRestriction', 9, {
    supports: '履行完毕应及时解除限制消费令（无天数，宽限期为设置项；据转载文本）',
    quote:
      '被执行人履行完毕生效法律文书确定的义务的，人民法院应当…及时以通知或者公告解除限制消费令',
    usedIn: [RULES_DIR],
  }),
  refusal3: at('refusalInterpretation', 3, {
    items: [1, 2, 4],
    supports: '转移、无偿处分财产及违反限制消费令经罚款、拘留后仍拒不执行，属拒执“情节严重”',
    quote:
      '（一）以放弃债权、放弃债权担保等方式恶意无偿处分财产权益，…或者以虚假和解、虚假转让等方式处分财产权益，致使判决、裁定无法执行的；（二）实施以明显不合理的高价受让他人财产、为他人的债务提供担保等恶意减损责任财产的行为，致使判决、裁定无法执行的；…（四）具有拒绝报告或者虚假报告财产情况、违反人民法院限制消费令等拒不执行行为，经采取罚款、拘留等强制措施后仍拒不执行的；',
    usedIn: [RULES_DIR],
  }),
  refusal6: at('refusalInterpretation', 6, {
    supports: '诉讼开始后（接到应诉通知后）转移财产，生效后拒不执行的，可认定有能力执行而拒不执行',
    quote:
      '行为人为逃避执行义务，在诉讼开始后、裁判生效前实施隐藏、转移财产等行为，在判决、裁定生效后经查证属实，要求其执行而拒不执行的，可以认定其有能力执行而拒不执行，情节严重，以拒不执行判决、裁定罪追究刑事责任。前款所指诉讼开始后，一般是指被告接到人民法院应诉通知后。',
    usedIn: [RULES_DIR],
  }),
} satisfies Record<string, LegalBasis>
