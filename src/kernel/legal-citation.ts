/**
 * The instruments this service cites and how a citation is written. The articles themselves, with
 * the words they support, are the table in legal-bases.ts (CONVENTIONS habit 17, decision 036).
 */

export const INSTRUMENTS = {
  rules: {
    title: '《人民检察院民事诉讼监督规则》',
    short: '规则',
    aliases: ['人民检察院民事诉讼监督规则', '监督规则', '规则'],
  },
  joint: {
    title: '《最高人民法院 最高人民检察院关于民事执行活动法律监督若干问题的规定》',
    short: '两高规定',
    aliases: ['关于民事执行活动法律监督若干问题的规定', '两高规定'],
  },
  cpl: {
    title: '《中华人民共和国民事诉讼法》',
    short: '民诉法',
    aliases: ['中华人民共和国民事诉讼法', '民事诉讼法', '民诉法'],
  },
  execInterpretation: {
    title: '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉执行程序若干问题的解释》',
    short: '执行程序解释',
    aliases: ['执行程序若干问题的解释', '执行程序解释'],
  },
  pipl: {
    title: '《中华人民共和国个人信息保护法》',
    short: '个人信息保护法',
    aliases: ['中华人民共和国个人信息保护法', '个人信息保护法'],
  },
  cybersecurity: {
    title: '《中华人民共和国网络安全法》',
    short: '网络安全法',
    aliases: ['中华人民共和国网络安全法', '网络安全法'],
  },
  civilCode: {
    title: '《中华人民共和国民法典》',
    short: '民法典',
    aliases: ['中华人民共和国民法典', '民法典'],
  },
  civilPrinciples: {
    title: '《中华人民共和国民法通则》（已废止）',
    short: '民法通则',
    aliases: ['民法通则'],
  },
  workingHours: {
    title: '《国务院关于职工工作时间的规定》',
    short: '职工工作时间规定',
    aliases: ['国务院关于职工工作时间的规定'],
  },
  caseNumbers: {
    title: '《最高人民法院关于人民法院案件案号的若干规定》（法〔2015〕137号）',
    short: '案号规定',
    aliases: ['法〔2015〕137号', '案号规定'],
  },
  caseNumbers2018: {
    title: '《最高人民法院关于修改〈关于人民法院案件案号的若干规定〉的通知》（法〔2018〕335号）',
    short: '法〔2018〕335号',
    aliases: ['法〔2018〕335号'],
  },
  zbRules: {
    title: '《最高人民法院关于严格规范终结本次执行程序的规定（试行）》（法〔2016〕373号）',
    short: '终本规定',
    aliases: ['终本规定', '法〔2016〕373号'],
  },
  cplInterpretation: {
    title: '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》',
    short: '民诉解释',
    aliases: ['民诉解释', '民诉法解释'],
  },
  propertyInvestigation: {
    title: '《最高人民法院关于民事执行中财产调查若干问题的规定》',
    short: '财产调查规定',
    aliases: ['财产调查规定'],
  },
  trialLimits: {
    title: '《最高人民法院关于严格执行案件审理期限制度的若干规定》',
    short: '审限规定',
    aliases: ['审限规定'],
  },
  // the reference-list rules of the supervision leads (issue 15): X09, X11, X13, X15, X16
  dishonestList: {
    title: '《最高人民法院关于公布失信被执行人名单信息的若干规定》',
    short: '失信规定',
    aliases: ['失信规定', '关于公布失信被执行人名单信息的若干规定'],
  },
  consumptionRestriction: {
    title: '《最高人民法院关于限制被执行人高消费及有关消费的若干规定》',
    short: '限消规定',
    aliases: ['限消规定', '关于限制被执行人高消费及有关消费的若干规定'],
  },
  refusalInterpretation: {
    title:
      '《最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》（法释〔2024〕13号）',
    short: '拒执解释',
    aliases: ['拒执解释', '法释〔2024〕13号'],
  },
  // the collaboration ledger (issue 16): crime leads, 立案监督, 涉执信访
  criminalLaw: {
    title: '《中华人民共和国刑法》',
    short: '刑法',
    aliases: ['中华人民共和国刑法', '刑法'],
  },
  criminalProcedure: {
    title: '《中华人民共和国刑事诉讼法》',
    short: '刑事诉讼法',
    aliases: ['中华人民共和国刑事诉讼法', '刑事诉讼法'],
  },
  petitions: {
    title: '《信访工作条例》',
    short: '信访工作条例',
    aliases: ['信访工作条例'],
  },
} as const satisfies Record<string, { title: string; short: string; aliases: readonly string[] }>
export type Instrument = keyof typeof INSTRUMENTS

/**
 * Names that must never carry a citation: the 2013 《人民检察院民事诉讼监督规则（试行）》 was repealed
 * by 规则 第一百三十五条 on 2021-08-01, so an article number after it is always a stale citation.
 */
export const REPEALED_ALIASES = ['试行'] as const

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 26 → 二十六, 106 → 一百零六, 110 → 一百一十, 246 → 二百四十六 (articles, 款 and 项 up to 999). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`no Chinese numeral for ${n}`)
  const h = Math.floor(n / 100)
  const t = Math.floor((n % 100) / 10)
  const u = n % 10
  if (h === 0)
    return `${t === 0 ? '' : t === 1 ? '' : DIGITS[t]}${t ? '十' : ''}${u ? DIGITS[u] : ''}`
  const tens = t === 0 ? (u ? '零' : '') : `${DIGITS[t]}十`
  return `${DIGITS[h]}百${tens}${u ? DIGITS[u] : ''}`
}

/** The inverse of chineseNumber: 一百零六 → 106, 十二 → 12. */
export function parseChineseNumber(text: string): number {
  let total = 0
  let digit = 0
  for (const ch of text) {
    const d = DIGITS.indexOf(ch)
    if (d >= 0) digit = d
    else if (ch === '十') ((total += (digit || 1) * 10), (digit = 0))
    else if (ch === '百') ((total += digit * 100), (digit = 0))
    else throw new RangeError(`not a Chinese numeral: ${text}`)
  }
  return total + digit
}

/** 第二十八条第一款第（一）项: the article, then the 款 and 项 where the citation names them. */
export function articleText(article: number, paragraph?: number, item?: number): string {
  const p = paragraph ? `第${chineseNumber(paragraph)}款` : ''
  const i = item ? `第（${chineseNumber(item)}）项` : ''
  return `第${chineseNumber(article)}条${p}${i}`
}
