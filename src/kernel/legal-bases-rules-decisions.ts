import { rules, USED, type LegalBasis } from './legal-basis.js'

/**
 * The rows of 《人民检察院民事诉讼监督规则》 (2021, 高检发释字〔2021〕1号) from 第七章 对执行活动的监督
 * and 第八章、第九章 (第一百零四条 to 第一百三十一条): 检察建议, 不支持, 跟进监督, the documents and
 * their service. The quotes are the official text.
 */
export const RULES_DECISIONS_BASES = {
  rules106: rules(106, {
    items: [1, 2, 3, 4],
    supports: '对执行活动提出检察建议的情形',
    quote: '人民检察院发现人民法院在执行活动中有下列情形之一的，应当向同级人民法院提出检察建议',
    usedIn: [USED.notices],
  }),
  rules108: rules(108, {
    supports: '检察建议经检察长或检察委员会决定，十五日内移送法院并通知当事人',
    quote:
      '应当经检察长或者检察委员会决定，制作《检察建议书》，在决定之日起十五日内将《检察建议书》连同案件卷宗移送同级人民法院，并制作决定提出检察建议的《通知书》，发送当事人。',
    usedIn: [
      USED.notices,
      USED.stages,
      'src/notices/notice-kinds.ts',
      'src/actions/recommendation.service.ts',
      'src/recommendations/register.service.ts',
    ],
  }),
  rules109: rules(109, {
    supports: '不支持监督申请决定书，十五日内发送申请人',
    quote:
      '人民检察院认为当事人申请监督的人民法院执行活动不存在违法情形的，应当作出不支持监督申请的决定，并在决定之日起十五日内制作《不支持监督申请决定书》，发送申请人。',
    usedIn: [USED.notices, USED.stages],
  }),
  rules113: rules(113, {
    supports: '以本院名义制发的法律文书由案件管理部门监督管理（印章、文号须经案管确认）',
    quote: '负责案件管理的部门对以本院名义制发民事诉讼监督法律文书实施监督管理。',
    usedIn: ['src/documents/signing', 'views/pages/staff/admin'],
  }),
  rules117: rules(117, {
    supports: '类案检察建议与向有关单位提出的社会治理检察建议（检察建议台账的类别）',
    quote:
      '人民检察院发现人民法院在多起同一类型民事案件中有下列情形之一的，可以提出检察建议：（一）同类问题适用法律不一致的；（二）适用法律存在同类错误的；（三）其他同类违法行为。人民检察院发现有关单位的工作制度、管理方法、工作程序违法或者不当，需要改正、改进的，可以提出检察建议。',
    usedIn: ['src/recommendations/register.table.ts'],
  }),
  rules124: rules(124, {
    items: [2, 3],
    supports: '法院逾期未回复或处理结果错误时，再次监督或者提请上级院监督（跟进监督）',
    quote:
      '有下列情形之一的，人民检察院可以按照有关规定再次监督或者提请上级人民检察院监督：…（二）人民法院对检察建议未在规定的期限内作出处理并书面回复的；（三）人民法院对检察建议的处理结果错误的。',
    usedIn: ['src/recommendations/register-view.service.ts'],
  }),
  rules126: rules(126, {
    supports: '复查只适用于生效裁判监督（执行监督不提供复查）',
    quote:
      '当事人认为人民检察院对同级人民法院已经发生法律效力的民事判决、裁定、调解书作出的不支持监督申请决定存在明显错误的…',
    usedIn: [USED.stages],
  }),
  rules128: rules(128, {
    supports: '法律文书的送达参照民事诉讼法',
    quote: '人民检察院可以参照《中华人民共和国民事诉讼法》有关规定发送法律文书。',
    usedIn: [
      'src/service-of-documents',
      'src/supplements',
      'src/applications',
      'views/documents/service-sheets.ts',
      'views/pages/apply/steps/contact-steps.tsx',
    ],
  }),
  rules107: rules(107, {
    supports:
      '依第三十条第二款受理后交办的执行复议案件：下级院提请上级院监督或者作出不支持监督申请的决定',
    quote:
      '人民检察院依照本规则第三十条第二款规定受理后交办的案件，下级人民检察院经审查认为人民法院作出的执行复议裁定、决定等存在违法、错误情形的，应当提请上级人民检察院监督；认为人民法院作出的执行复议裁定、决定等正确的，应当作出不支持监督申请的决定。',
    usedIn: [
      'src/handed-down/handed-down.schema.ts',
      'src/handed-down/handed-down.service.ts',
      'src/handed-down/handed-down-view.ts',
      'views/pages/staff/handed-down/handed-down-new.tsx',
      'views/pages/staff/queue/handed-down-section.tsx',
    ],
  }),
} as const satisfies Record<string, LegalBasis>
