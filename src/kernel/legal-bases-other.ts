import { basis, USED, type LegalBasis } from './legal-basis.js'

const at = basis

/** The rows of the other instruments in the table of legal bases (两高规定, 民诉法, PIPL …). */
export const OTHER_BASES = {
  joint4: at('joint', 4, {
    supports: '执行监督由执行法院所在地同级人民检察院管辖',
    quote: '（两高规定 第四条）',
    usedIn: [USED.selfCheck],
  }),
  joint5: at('joint', 5, {
    supports: '当事人、利害关系人、案外人可以申请执行监督',
    quote: '（两高规定 第五条）',
    usedIn: [USED.selfCheck],
  }),
  joint6: at('joint', 6, {
    supports: '前置程序：可以异议、复议、起诉而未为的，一般不予受理，但有正当理由的除外',
    quote: '（两高规定 第六条）',
    usedIn: [USED.selfCheck, USED.guide, 'src/notices/notice-content.ts'],
  }),
  joint11: at('joint', 11, {
    supports: '检察建议经检察长或检察委员会决定',
    quote: '（两高规定 第十一条）',
    usedIn: [USED.notices],
  }),
  joint13: at('joint', 13, {
    supports: '法院三个月内回复检察建议，可延长一个月；不采纳应说明理由',
    quote:
      '人民法院收到人民检察院的检察建议书后，应当在三个月内将审查处理情况以回复意见函的形式回复人民检察院，并附裁定、决定等相关法律文书。有特殊情况需要延长的，经本院院长批准，可以延长一个月。回复意见函应当载明人民法院查明的事实、回复意见和理由并加盖院章。不采纳检察建议的，应当说明理由。',
    usedIn: [
      USED.stages,
      'src/recommendations/delivery.service.ts',
      'views/pages/staff/recommendations/detail.tsx',
      'src/actions/court-reply.service.ts',
      'src/deadlines/clocks.ts',
      USED.guide,
      'views/pages/staff/recommendation.tsx',
    ],
  }),
  joint14: at('joint', 14, {
    supports: '跟进监督由检察院依职权提请',
    quote: '提出检察建议的人民检察院可以依职权提请上一级人民检察院跟进监督',
    usedIn: [USED.stages, 'src/recommendations/register-view.service.ts'],
  }),
  joint18: at('joint', 18, {
    supports: '向不履行执行或协助执行义务的有关国家机关提出检察建议（社会治理检察建议）',
    quote:
      '有关国家机关不依法履行生效法律文书确定的执行义务或者协助执行义务的，人民检察院可以向相关国家机关提出检察建议。',
    usedIn: ['src/recommendations/register.table.ts'],
  }),
  joint16: at('joint', 16, {
    supports: '不支持监督申请决定及释法说理',
    quote:
      '应当作出不支持监督申请的决定，在决定之日起十五日内制作不支持监督申请决定书，发送申请人，并做好释法说理工作',
    usedIn: [
      USED.notices,
      USED.stages,
      'src/actions/review-actions.service.ts',
      'views/pages/staff/review-decision-forms.tsx',
    ],
  }),
  cpl87: at('cpl', 87, {
    supports: '送达回证：受送达人记明收到日期并签名，签收日期为送达日期',
    quote:
      '送达诉讼文书必须有送达回证，由受送达人在送达回证上记明收到日期，签名或者盖章。受送达人在送达回证上的签收日期为送达日期。',
    usedIn: ['src/service-of-documents', 'views/documents/service-sheets.ts'],
  }),
  cpl88: at('cpl', 88, {
    supports: '直接送达及代收人签收',
    quote: '送达诉讼文书，应当直接送交受送达人。',
    usedIn: ['src/service-of-documents'],
  }),
  cpl90: at('cpl', 90, {
    supports: '经受送达人同意才可电子送达；到达其特定系统的日期为送达日期',
    quote:
      '经受送达人同意，人民法院可以采用能够确认其收悉的电子方式送达诉讼文书。…采用前款方式送达的，以送达信息到达受送达人特定系统的日期为送达日期。',
    usedIn: [
      'src/service-of-documents',
      'src/applications',
      'views/pages/apply/steps/contact-steps.tsx',
    ],
  }),
  cpl91: at('cpl', 91, {
    supports: '邮寄送达以回执上注明的收件日期为送达日期',
    quote: '邮寄送达的，以回执上注明的收件日期为送达日期。',
    usedIn: ['views/documents/service-sheets.ts'],
  }),
  cpl95: at('cpl', 95, {
    supports: '公告送达（本系统不作公告送达，仅说明其存在）',
    quote:
      '受送达人下落不明，或者用本节规定的其他方式无法送达的，公告送达。自发出公告之日起，经过三十日，即视为送达。',
    usedIn: ['src/service-of-documents'],
  }),
  cpl85: at('cpl', 85, {
    supports: '期间计算：开始的日不计入，最后一日是法定休假日的顺延',
    quote:
      '期间开始的时和日，不计算在期间内。期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。',
    usedIn: ['src/calendar/workdays.ts', 'src/deadlines/clocks.ts', USED.guide],
  }),
  cpl82: at('cpl', 82, {
    supports: '2012/2017 年文本中期间条文的条号（今第八十五条），仅在说明期间规则沿革时引用',
    quote: '期间以时、日、月、年计算。',
    usedIn: ['src/calendar/workdays.ts'],
    historical: true,
  }),
  cpl236: at('cpl', 236, {
    supports: '执行异议十五日、复议十日',
    quote: '当事人、利害关系人认为执行行为违反法律规定的，可以向负责执行的人民法院提出书面异议…',
    usedIn: [USED.selfCheck, USED.guide],
  }),
  cpl237: at('cpl', 237, {
    supports: '六个月未执行的，可以向上一级法院申请执行',
    quote:
      '人民法院自收到申请执行书之日起超过六个月未执行的，申请执行人可以向上一级人民法院申请执行。',
    usedIn: [USED.guide],
  }),
  cpl238: at('cpl', 238, {
    supports: '案外人异议与执行异议之诉',
    quote: '执行过程中，案外人对执行标的提出书面异议的…',
    usedIn: [USED.selfCheck, USED.guide],
  }),
  cpl268: at('cpl', 268, {
    items: [3],
    supports: '被执行人死亡，无遗产可供执行，又无义务承担人的，裁定终结执行（X12）',
    quote:
      '有下列情形之一的，人民法院裁定终结执行：…（三）作为被执行人的公民死亡，无遗产可供执行，又无义务承担人的；…',
    usedIn: ['src/leads/rules'],
  }),
  cpl246: at('cpl', 246, {
    supports: '人民检察院有权对民事执行活动实行法律监督',
    quote: '人民检察院有权对民事执行活动实行法律监督。',
    usedIn: [USED.selfCheck, USED.guide, 'views/pages/public/home.tsx'],
  }),
  execInterpretation8: at('execInterpretation', 8, {
    supports: '复议三十日内审查，可延长三十日',
    quote: '上一级人民法院…应当自收到复议申请之日起三十日内审查完毕',
    usedIn: [USED.selfCheck],
  }),
  pipl13: at('pipl', 13, {
    paragraph: 1,
    items: [3],
    supports: '为履行法定职责所必需处理个人信息，不需要同意',
    quote: '（三）为履行法定职责或者法定义务所必需',
    usedIn: [USED.privacy],
  }),
  pipl17: at('pipl', 17, {
    paragraph: 1,
    items: [2],
    supports: '告知个人信息的保存期限',
    quote: '（二）个人信息的处理目的、处理方式，处理的个人信息种类、保存期限',
    usedIn: [USED.privacy],
  }),
  pipl19: at('pipl', 19, {
    supports: '保存期限为实现处理目的所必要的最短时间',
    quote: '除法律、行政法规另有规定外，个人信息的保存期限应当为实现处理目的所必要的最短时间。',
    usedIn: [USED.privacy, USED.retention],
  }),
  pipl28: at('pipl', 28, {
    supports: '敏感个人信息的类别',
    quote: '敏感个人信息是一旦泄露或者非法使用…',
    usedIn: [USED.privacy],
  }),
  pipl34: at('pipl', 34, {
    supports: '国家机关处理个人信息不超出法定职责所必需',
    quote: '不得超出履行法定职责所必需的范围和限度',
    usedIn: [USED.privacy],
  }),
  pipl35: at('pipl', 35, {
    supports: '国家机关履行告知义务',
    quote: '国家机关为履行法定职责处理个人信息，应当依照本法规定履行告知义务',
    usedIn: [USED.privacy],
  }),
  pipl36: at('pipl', 36, {
    supports: '境内存储',
    quote: '国家机关处理的个人信息应当在中华人民共和国境内存储',
    usedIn: [USED.privacy],
  }),
  pipl30: at('pipl', 30, {
    supports: '处理敏感个人信息的必要性和对个人权益的影响须告知',
    quote:
      '个人信息处理者处理敏感个人信息的，除本法第十七条第一款规定的事项外，还应当向个人告知处理敏感个人信息的必要性以及对个人权益的影响',
    usedIn: [USED.privacy],
  }),
  pipl44: at('pipl', 44, {
    supports: '知情权、决定权；限制或者拒绝处理',
    quote:
      '个人对其个人信息的处理享有知情权、决定权，有权限制或者拒绝他人对其个人信息进行处理；法律、行政法规另有规定的除外。',
    usedIn: [USED.privacy],
  }),
  pipl48: at('pipl', 48, {
    supports: '要求解释说明处理规则',
    quote: '个人有权要求个人信息处理者对其个人信息处理规则进行解释说明。',
    usedIn: [USED.privacy],
  }),
  pipl50: at('pipl', 50, {
    supports: '拒绝行使权利的请求应当说明理由；个人可以向人民法院起诉',
    quote:
      '拒绝个人行使权利的请求的，应当说明理由。个人信息处理者拒绝个人行使权利的请求的，个人可以依法向人民法院提起诉讼。',
    usedIn: [USED.privacy],
  }),
  pipl73: at('pipl', 73, {
    items: [3, 4],
    supports: '去标识化与匿名化的定义（去标识化借助额外信息仍可识别）',
    quote:
      '（三）去标识化，是指个人信息经过处理，使其在不借助额外信息的情况下无法识别特定自然人的过程。（四）匿名化，是指个人信息经过处理无法识别特定自然人且不能复原的过程。',
    usedIn: [USED.privacy],
  }),
  pipl47: at('pipl', 47, {
    items: [1, 2],
    supports: '目的已实现或保存期限届满的主动删除；法定保存期限未届满的只作存储',
    quote:
      '有下列情形之一的，个人信息处理者应当主动删除个人信息…（一）处理目的已实现、无法实现或者为实现处理目的不再必要；（二）个人信息处理者停止提供产品或者服务，或者保存期限已届满…法律、行政法规规定的保存期限未届满，或者删除个人信息从技术上难以实现的，个人信息处理者应当停止除存储和采取必要的安全保护措施之外的处理。',
    usedIn: [USED.privacy, USED.retention, 'src/retention/purge-job.ts'],
  }),
  cybersecurity23: at('cybersecurity', 23, {
    items: [3],
    supports: '网络日志留存不少于六个月（2025 年修正后条号）；访问日志和审计日志的最短保存期限',
    quote:
      '（三）采取监测、记录网络运行状态、网络安全事件的技术措施，并按照规定留存相关的网络日志不少于六个月',
    usedIn: [USED.privacy, USED.retention],
  }),
  civilCode203: at('civilCode', 203, {
    supports: '期间最后一日是法定休假日的顺延',
    quote: '期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。',
    usedIn: ['src/calendar/workdays.ts'],
  }),
  civilPrinciples154: at('civilPrinciples', 154, {
    supports: '民法典第二百零三条的前身，仅在说明期间规则沿革时引用',
    quote: '星期日或者其他法定休假日',
    usedIn: ['src/calendar/workdays.ts'],
    historical: true,
  }),
  workingHours7: at('workingHours', 7, {
    supports: '星期六、星期日为周休息日',
    quote: '国家机关、事业单位实行统一的工作时间，星期六和星期日为周休息日。',
    usedIn: ['src/calendar/workdays.ts'],
  }),
  caseNumbers3: at('caseNumbers', 3, {
    supports: '案号的结构',
    quote: '案号各基本要素的编排规格为…',
    usedIn: [USED.caseNumber],
  }),
  caseNumbers4: at('caseNumbers', 4, {
    supports: '高级法院代字',
    quote: '（案号规定 第四条）',
    usedIn: [USED.caseNumber],
  }),
  caseNumbers5: at('caseNumbers', 5, {
    supports: '中级、基层法院代字',
    quote: '（案号规定 第五条）',
    usedIn: [USED.caseNumber, USED.guide],
  }),
  caseNumbers10: at('caseNumbers', 10, {
    supports: '顺序号为顺位自然数，不编虚位',
    quote: '（案号规定 第十条）',
    usedIn: [USED.caseNumber],
  }),
  caseNumbers2018_2: at('caseNumbers2018', 2, {
    supports: '专门审判代字',
    quote: '（法〔2018〕335号 第二条）',
    usedIn: [USED.caseNumber],
  }),
} as const satisfies Record<string, LegalBasis>
