import { describe, expect, it } from 'vitest'
import { parseCaseNumber } from '../../../src/applications/validation/case-number.js'

const today = new Date('2025-06-15T12:00:00+08:00')
const courts = [{ code: '豫0403', name: '平顶山市卫东区人民法院' }]
const parse = (input: string) => parseCaseNumber(input, undefined, today)

const CIVIL_EXPLANATION =
  '这是民事审判案件的案号，不是执行案件。执行监督申请应填写执行案号（例如（2023）豫0403执123号），通常写在执行通知书或执行裁定书上。如对判决本身不服，属于生效裁判监督，请参阅申请指南。'

describe('parseCaseNumber: enforcement case numbers', () => {
  it.each([
    // docs/product.md §13 valid vectors
    ['（2023）豫0403执123号', '（2023）豫0403执123号', 2023, '豫0403', '执', '首次执行案件', 123],
    ['(2024)豫04执复12号', '（2024）豫04执复12号', 2024, '豫04', '执复', '执行复议案件', 12],
    [
      '（2021）最高法执监344号',
      '（2021）最高法执监344号',
      2021,
      '最高法',
      '执监',
      '执行监督案件',
      344,
    ],
    [
      '（2023）豫0403执恢45号',
      '（2023）豫0403执恢45号',
      2023,
      '豫0403',
      '执恢',
      '恢复执行案件',
      45,
    ],
    // docs/domain-rules.md §4.1 examples and our own
    ['(2020)湘执复244号', '（2020）湘执复244号', 2020, '湘', '执复', '执行复议案件', 244],
    ['（2018）湘01执12号', '（2018）湘01执12号', 2018, '湘01', '执', '首次执行案件', 12],
    ['（2023）豫0403执异7号', '（2023）豫0403执异7号', 2023, '豫0403', '执异', '执行异议案件', 7],
    [
      '（2022）内0102执保3号',
      '（2022）内0102执保3号',
      2022,
      '内0102',
      '执保',
      '财产保全执行案件',
      3,
    ],
    ['（2024）兵0101执他1号', '（2024）兵0101执他1号', 2024, '兵0101', '执他', '其他执行案件', 1],
    ['（2025）粤执协9号', '（2025）粤执协9号', 2025, '粤', '执协', '执行协调案件', 9],
    ['（2025）豫执请2号', '（2025）豫执请2号', 2025, '豫', '执请', '执行请示案件', 2],
    // normalisation: full-width digits, mixed brackets, spaces
    [
      '（２０２３）豫０４０３执１２３号',
      '（2023）豫0403执123号',
      2023,
      '豫0403',
      '执',
      '首次执行案件',
      123,
    ],
    [
      ' (2023）豫0403 执恢 45号 ',
      '（2023）豫0403执恢45号',
      2023,
      '豫0403',
      '执恢',
      '恢复执行案件',
      45,
    ],
    ['（2023)豫0403执123号', '（2023）豫0403执123号', 2023, '豫0403', '执', '首次执行案件', 123],
  ])('%s', (input, value, year, courtCode, type, typeLabel, sequence) => {
    expect(parse(input)).toEqual({
      ok: true,
      value,
      year,
      courtCode,
      type,
      typeLabel,
      sequence,
      isEnforcement: true,
    })
  })

  it('reads the 专门审判代字 知 in front of an enforcement type', () => {
    expect(parse('（2023）京73知执5号')).toMatchObject({
      ok: true,
      courtCode: '京73',
      specialTrialCode: '知',
      type: '执',
      isEnforcement: true,
    })
  })
})

describe('parseCaseNumber: rejected numbers', () => {
  it.each([
    // docs/product.md §13 invalid vectors
    ['（23）豫0403执123号', '案号括号中的年度应为 4 位数字，例如（2023），不要简写'],
    [
      '（2023）豫403执123号',
      '法院代字中的数字应为 2 位或 4 位，例如豫04（中级法院）、豫0403（基层法院），请核对',
    ],
    ['（2023）豫0403执0123号', '案号中的编号前面不应有 0，请写成“执123号”，与法院文书一致'],
    ['（2023）豫0403执123', '案号最后缺少“号”字，应写成（2023）豫0403执123号'],
    // our own
    ['', '请填写执行案号'],
    ['（2026）豫0403执1号', '案号中的年度 2026 年晚于今年，请核对'],
    ['（1989）豫0403执1号', '案号中的年度 1989 年不正确，请核对'],
    ['2023豫0403执123号', '案号应以括号括起的年度开头，例如（2023）豫0403执123号'],
    ['（2023豫0403执123号', '案号中年度的括号不完整，应写成（2023）这样'],
    [
      '（2023）平0403执123号',
      '案号中年度后面应是法院代字，例如“豫0403”或“最高法”，请按法院文书核对',
    ],
    [
      '（2023）豫04031执1号',
      '法院代字中的数字应为 2 位或 4 位，例如豫04（中级法院）、豫0403（基层法院），请核对',
    ],
    ['（2023）最高法01执1号', '“最高法”后面不应有数字，请核对'],
    ['（2023）豫0403123号', '案号中法院代字后面应是案件类型，例如“执”“执恢”，请核对'],
    ['（2023）豫0403执号', '案号中缺少编号：“执”后面应是数字，例如“执123号”'],
    ['（2023）豫0403执0号', '案号中的编号不能为 0，请核对'],
    ['（2023）豫0403执第123号', '案号中编号前面不加“第”字，例如（2023）豫0403执123号'],
    [
      '（2023）豫0403执行123号',
      '“执行”不是法院使用的执行案件类型，常见的有执、执恢、执保、执异、执复、执监，请按法院文书核对',
    ],
    ['（2023）豫0403执123号号', '案号“号”字后面不应再有其他内容，请核对'],
    ['（2023）豫0403执123号之一', '案号“号”字后面不应再有其他内容，请核对'],
    ['（2023）豫0403执123a号', '案号中编号后面只应有一个“号”字，请核对'],
    ['（2023）豫0403执1234567890号', '案号中的编号位数过多，请核对'],
    ['（2023）豫0403民事判决书123号', '案号中的案件类型“民事判决书”不正确，请按法院文书核对'],
  ])('rejects %j: %s', (input, message) => {
    expect(parse(input)).toEqual({ ok: false, message })
  })

  it.each([
    '〔2023〕豫0403执123号',
    '[2023]豫0403执123号',
    '［2023］豫0403执123号',
    '【2023】豫0403执123号',
  ])('refuses %s and asks for round brackets as on the court document', (input) => {
    const result = parse(input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toContain('圆括号')
    expect(result.message).toContain('法院文书')
  })

  it('explains that 字第 numbers are the pre-2016 style', () => {
    const result = parse('（2015）卫执字第123号')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain('2016 年以前使用的旧式案号')
  })
})

describe('parseCaseNumber: other case types', () => {
  it.each([
    ['（2023）豫0403民初123号', '民初', '民事一审案件'],
    ['（2023）豫04民终5号', '民终', '民事二审案件'],
  ])('%s is a valid number but not an enforcement case', (input, type, typeLabel) => {
    expect(parse(input)).toMatchObject({
      ok: true,
      type,
      typeLabel,
      isEnforcement: false,
      explanation: CIVIL_EXPLANATION,
    })
  })

  it.each([
    ['（2023）豫民申100号', '民事申请再审审查案件', '民事审判案件'],
    ['（2023）豫0403刑初1号', '刑事一审案件', '刑事案件'],
    ['（2023）豫0403行初1号', '行政一审案件', '行政案件'],
    ['（2023）豫0403财保1号', '非执行案件', '“财保”不是执行案件的类型'],
  ])('%s: %s, explained', (input, typeLabel, explanationPart) => {
    const result = parse(input)
    expect(result).toMatchObject({ ok: true, typeLabel, isEnforcement: false })
    if (!result.ok) return
    expect(result.explanation).toContain(explanationPart)
    expect(result.explanation).toContain('执行通知书或执行裁定书')
  })
})

describe('parseCaseNumber: supervised courts', () => {
  it.each([
    ['（2023）豫0403执123号', true],
    ['(2024)豫04执复12号', false],
    ['（2021）最高法执监344号', false],
    ['（2023）豫0403民初123号', true],
  ])('%s → supervised %s', (input, supervised) => {
    expect(parseCaseNumber(input, courts, today)).toMatchObject({ ok: true, supervised })
  })

  it('leaves supervised out when no courts are given', () => {
    expect(parse('（2023）豫0403执123号')).not.toHaveProperty('supervised')
  })

  it('defaults today to now', () => {
    expect(parseCaseNumber('（2023）豫0403执123号').ok).toBe(true)
  })
})
