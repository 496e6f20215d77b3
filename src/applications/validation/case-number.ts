import type { SupervisedCourt } from '../../site/site-view.js'
import { explainNonEnforcement, isEnforcementType, typeLabel } from './case-types.js'
import { todayInChina } from '../../kernel/china-time.js'
import { compactIdentifier, invalid, toHalfWidth, type Invalid } from './normalise.js'

export type ParsedCaseNumber = {
  ok: true
  /** Normalised: full-width round brackets, ASCII digits, no spaces. */
  value: string
  year: number
  /** 法院代字, e.g. 豫0403 (基层), 豫04 (中院), 豫 (高院), 最高法. */
  courtCode: string
  /** 专门审判代字 (法〔2018〕335号 第二条), e.g. 知; absent for ordinary cases. */
  specialTrialCode?: string
  /** 类型代字, e.g. 执恢. */
  type: string
  typeLabel: string
  sequence: number
  isEnforcement: boolean
  /** Why a non-enforcement number does not fit this application, and where to look instead. */
  explanation?: string
  /** Only when courts were given: whether the court is one this procuratorate supervises. */
  supervised?: boolean
}

export type CaseNumberResult = ParsedCaseNumber | Invalid

/**
 * 法院代字 of the 高级法院 (法〔2015〕137号 第四条): the provincial 简称, except 内 (内蒙古),
 * 军 (军事法院) and 兵 (新疆生产建设兵团分院).
 */
const PROVINCES = '京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔云藏陕甘青宁新军兵'
const COURT = new RegExp(`^(最高法|[${PROVINCES}])(\\d*)`)
const SPECIAL_TRIAL_CODES = ['知']
const EARLIEST_YEAR = 1990
const MISSING_TYPE = '案号中法院代字后面应是案件类型，例如“执”“执恢”，请核对'

type Step<T> = ({ ok: true; rest: string } & T) | Invalid

/** Full-width digits to ASCII and any round bracket to the full-width form courts print. */
export function normaliseCaseNumber(input: string): string {
  return toHalfWidth(input).replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）')
}

/**
 * Parses a court case number (法〔2015〕137号 第三条, as amended by 法〔2018〕335号):
 * “（”+收案年度+“）”+法院代字+[专门审判代字]+类型代字+案件编号+“号”.
 */
export function parseCaseNumber(
  input: string,
  courts?: readonly SupervisedCourt[],
  today: Date = new Date(),
): CaseNumberResult {
  const value = normaliseCaseNumber(input)
  const problem = checkOverall(value)
  if (problem) return invalid(problem)
  const year = readYear(value, today)
  if (!year.ok) return year
  const court = readCourt(year.rest)
  if (!court.ok) return court
  const type = readType(court.rest)
  if (!type.ok) return type
  const sequence = readSequence(type.rest, type.type, value)
  if (!sequence.ok) return sequence
  const result: ParsedCaseNumber = {
    ok: true,
    value,
    year: year.year,
    courtCode: court.courtCode,
    type: type.type,
    sequence: sequence.sequence,
    ...describeType(type.type),
  }
  if (type.specialTrialCode) result.specialTrialCode = type.specialTrialCode
  // Not a rejection: 非本院管辖 is for staff to answer (docs/domain-rules.md §1.9, docs/product.md §3 never hard-blocks).
  if (courts) result.supervised = courts.some((c) => compactIdentifier(c.code) === court.courtCode)
  return result
}

function checkOverall(value: string): string | undefined {
  if (value === '') return '请填写执行案号'
  if (/[〔〕[\]【】﹝﹞]/.test(value)) {
    return '案号中的年度请用圆括号“（ ）”括起来，与法院文书上的写法一致，例如（2023）豫0403执123号；不要使用〔 〕或 [ ]'
  }
  if (/字第/.test(value)) {
    return '这是 2016 年以前使用的旧式案号（带“字第”）。网上申请请填写 2016 年起使用的新式案号，例如（2023）豫0403执123号，可查看最近收到的执行文书'
  }
  // 第三条's format has no 第 before the sequence (“执123号”); the old 字第 style is handled above.
  if (/第\d/.test(value)) return '案号中编号前面不加“第”字，例如（2023）豫0403执123号'
  if (!value.startsWith('（')) return '案号应以括号括起的年度开头，例如（2023）豫0403执123号'
  return undefined
}

function readYear(value: string, today: Date): Step<{ year: number }> {
  const match = /^（(\d*)）/.exec(value)
  if (!match) return invalid('案号中年度的括号不完整，应写成（2023）这样')
  const digits = match[1] as string
  if (digits.length !== 4) return invalid('案号括号中的年度应为 4 位数字，例如（2023），不要简写')
  const year = Number(digits)
  if (year > Number(todayInChina(today).slice(0, 4))) {
    return invalid(`案号中的年度 ${year} 年晚于今年，请核对`)
  }
  if (year < EARLIEST_YEAR) return invalid(`案号中的年度 ${year} 年不正确，请核对`)
  return { ok: true, year, rest: value.slice(match[0].length) }
}

function readCourt(rest: string): Step<{ courtCode: string }> {
  const match = COURT.exec(rest)
  if (!match) {
    return invalid('案号中年度后面应是法院代字，例如“豫0403”或“最高法”，请按法院文书核对')
  }
  const [courtCode, prefix, digits] = [match[0], match[1], match[2] ?? '']
  if (prefix === '最高法' && digits !== '') return invalid('“最高法”后面不应有数字，请核对')
  const after = rest.slice(courtCode.length)
  // “豫0403123号”: the court digits ran straight into the sequence, so the type is what is missing.
  if (digits.length > 4 && (after === '' || after.startsWith('号'))) return invalid(MISSING_TYPE)
  // 第五条: 中级法院 add a 2-digit code, 基层法院 a 4-digit code.
  if (![0, 2, 4].includes(digits.length)) {
    return invalid(
      '法院代字中的数字应为 2 位或 4 位，例如豫04（中级法院）、豫0403（基层法院），请核对',
    )
  }
  return { ok: true, courtCode, rest: after }
}

function readType(rest: string): Step<{ type: string; specialTrialCode?: string }> {
  // 号 closes the number, so it never belongs to the type (e.g. “执号” lacks a sequence).
  const run = (/^[\u4e00-\u9fff]*/.exec(rest)?.[0] ?? '').split('号')[0] as string
  if (run === '') return invalid(MISSING_TYPE)
  if (run.length > 4) return invalid(`案号中的案件类型“${run}”不正确，请按法院文书核对`)
  const after = rest.slice(run.length)
  const special = run.charAt(0)
  if (SPECIAL_TRIAL_CODES.includes(special) && isEnforcementType(run.slice(1))) {
    return { ok: true, type: run.slice(1), specialTrialCode: special, rest: after }
  }
  if (run.startsWith('执') && !isEnforcementType(run)) {
    return invalid(
      `“${run}”不是法院使用的执行案件类型，常见的有执、执恢、执保、执异、执复、执监，请按法院文书核对`,
    )
  }
  return { ok: true, type: run, rest: after }
}

function readSequence(rest: string, type: string, value: string): Step<{ sequence: number }> {
  const digits = /^\d*/.exec(rest)?.[0] ?? ''
  if (digits === '') return invalid(`案号中缺少编号：“${type}”后面应是数字，例如“${type}123号”`)
  // 第十条: 顺位自然数 — no leading zeros (不编虚位).
  if (/^0+$/.test(digits)) return invalid('案号中的编号不能为 0，请核对')
  if (digits.startsWith('0')) {
    const plain = digits.replace(/^0+/, '')
    return invalid(`案号中的编号前面不应有 0，请写成“${type}${plain}号”，与法院文书一致`)
  }
  if (digits.length > 9) return invalid('案号中的编号位数过多，请核对')
  const after = rest.slice(digits.length)
  if (after === '') return invalid(`案号最后缺少“号”字，应写成${value}号`)
  if (after === '号') return { ok: true, sequence: Number(digits), rest: '' }
  if (after.startsWith('号')) return invalid('案号“号”字后面不应再有其他内容，请核对')
  return invalid('案号中编号后面只应有一个“号”字，请核对')
}

function describeType(type: string): Pick<ParsedCaseNumber, 'typeLabel' | 'isEnforcement'> & {
  explanation?: string
} {
  if (isEnforcementType(type)) return { typeLabel: typeLabel(type), isEnforcement: true }
  return {
    typeLabel: typeLabel(type),
    isEnforcement: false,
    explanation: explainNonEnforcement(type),
  }
}
