import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  caseNumberField,
  creditCodeField,
  idNumberField,
  mobileField,
  optionalEmailField,
  optionalMobileField,
  trimmedText,
} from '../../../src/applications/validation/fields.js'
import { parseEmail } from '../../../src/applications/validation/email.js'
import { idNumberCheckChar } from '../../../src/applications/validation/id-number.js'

const today = new Date('2025-06-15T12:00:00+08:00')
const courts = [{ code: '豫0403', name: '平顶山市卫东区人民法院' }]

const schema = z.object({
  idNumber: idNumberField(today),
  creditCode: creditCodeField(),
  mobile: mobileField(),
  otherMobile: optionalMobileField(),
  caseNumber: caseNumberField(courts, today),
  facts: trimmedText(20, 5000, {
    required: '请填写事实与理由',
    tooShort: (n) => `事实与理由至少 20 个字，您填写了 ${n} 个字`,
    tooLong: '事实与理由最多 5000 个字',
  }),
  email: optionalEmailField(),
})

const FACTS = '执行法院自立案起超过六个月未采取任何执行措施。'

const form = {
  idNumber: '４１０４０３１９９００３０７１２３３',
  creditCode: '91410403ma9x00003h',
  mobile: '+86 138-1234-5678',
  otherMobile: '',
  caseNumber: '(2023)豫0403执123号',
  facts: `  ${FACTS}\n`,
  email: ' ZhangSan@Example.COM ',
}

/** The first message zod reports for each field, as the form error summary shows them. */
function messages(values: Record<string, unknown>): Record<string, string> {
  const result = schema.safeParse(values)
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('field schemas', () => {
  it('return normalised values', () => {
    expect(schema.parse(form)).toEqual({
      idNumber: '410403199003071233',
      creditCode: '91410403MA9X00003H',
      mobile: '13812345678',
      otherMobile: undefined,
      caseNumber: '（2023）豫0403执123号',
      facts: FACTS,
      email: 'ZhangSan@example.com',
    })
  })

  it.each([
    ['idNumber', '110105194912310021', '证件号码校验位不正确，请核对最后一位'],
    ['idNumber', '41040319900230123X', '出生日期不存在，请核对证件号码第 7 至 14 位'],
    ['idNumber', '', '请填写证件号码'],
    ['creditCode', '91410403MA9X00003A', '统一社会信用代码校验位不正确，请核对最后一位'],
    ['mobile', '1381234567', '手机号码应为 11 位数字，以 1 开头，您填写了 10 位'],
    ['otherMobile', '12345', '手机号码应为 11 位数字，以 1 开头，您填写了 5 位'],
    ['caseNumber', '（2023）豫0403执123', '案号最后缺少“号”字，应写成（2023）豫0403执123号'],
    ['facts', '   ', '请填写事实与理由'],
    ['facts', '执行太慢', '事实与理由至少 20 个字，您填写了 4 个字'],
    ['facts', '字'.repeat(5001), '事实与理由最多 5000 个字'],
    ['email', 'zhangsan@', '电子邮箱格式不正确，例如 zhangsan@example.com'],
  ])('%s = %j fails with %s', (field, value, message) => {
    expect(messages({ ...form, [field]: value })).toEqual({ [field]: message })
  })

  it.each([
    ['idNumber', '请填写证件号码'],
    ['creditCode', '请填写统一社会信用代码'],
    ['mobile', '请填写手机号码'],
    ['caseNumber', '请填写执行案号'],
    ['facts', '请填写事实与理由'],
  ])('a missing %s is reported in Chinese', (field, message) => {
    const { [field as keyof typeof form]: _, ...rest } = form
    expect(messages(rest)).toEqual({ [field]: message })
  })

  it('lets the optional fields be left out', () => {
    const { otherMobile: _, email: __, ...rest } = form
    const parsed = schema.parse(rest)
    expect(parsed.otherMobile).toBeUndefined()
    expect(parsed.email).toBeUndefined()
  })

  it('fails a non-enforcement case number with its explanation', () => {
    expect(messages({ ...form, caseNumber: '（2023）豫0403民初123号' })).toEqual({
      caseNumber:
        '这是民事审判案件的案号，不是执行案件。执行监督申请应填写执行案号（例如（2023）豫0403执123号），通常写在执行通知书或执行裁定书上。如对判决本身不服，属于生效裁判监督，请参阅申请指南。',
    })
  })

  it('accepts an enforcement case number of a court this procuratorate does not supervise', () => {
    expect(schema.parse({ ...form, caseNumber: '(2024)豫04执复12号' }).caseNumber).toBe(
      '（2024）豫04执复12号',
    )
  })

  it('asks a function for today at validation time, so a long-lived schema never goes stale', () => {
    let now = new Date('2025-06-14T12:00:00+08:00')
    const field = idNumberField(() => now)
    const bornOn15June = '41040320250615124' + idNumberCheckChar('41040320250615124')
    expect(field.safeParse(bornOn15June).success).toBe(false)
    now = new Date('2025-06-15T00:00:00+08:00')
    expect(field.safeParse(bornOn15June).success).toBe(true)
  })
})

describe('trimmedText', () => {
  const field = trimmedText(2, 5, { required: '请填写', tooShort: '太短', tooLong: '太长' })

  it.each([
    ['  你好  ', '你好'],
    ['😀😀', '😀😀'],
    ['执行 法院', '执行 法院'],
    ['甲\r\n乙\r\n丙', '甲\r\n乙\r\n丙'],
    ['<b>', '<b>'],
  ])('keeps %j as %j', (input, value) => {
    expect(field.parse(input)).toBe(value)
  })

  it.each([
    ['', '请填写'],
    [' \n ', '请填写'],
    ['字', '太短'],
    ['😀', '太短'],
    ['一二三四五六', '太长'],
    ['😀😀😀😀😀😀', '太长'],
  ])('rejects %j with %s', (input, message) => {
    const result = field.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe(message)
  })
})

describe('parseEmail and optionalEmailField', () => {
  it.each([
    ['zhangsan@example.com', 'zhangsan@example.com'],
    [' ZhangSan@Example.COM ', 'ZhangSan@example.com'],
    ['zhang.san+notice@mail.qq.com', 'zhang.san+notice@mail.qq.com'],
    ['zhangsan＠qq。com', 'zhangsan@qq.com'],
    ['ｚｈａｎｇｓａｎ＠１６３．ｃｏｍ', 'zhangsan@163.com'],
  ])('accepts %j as %s', (input, value) => {
    expect(parseEmail(input)).toEqual({ ok: true, value })
  })

  it.each([
    'zhangsan',
    'zhangsan@',
    '@example.com',
    'zhang san@example.com',
    'zhangsan@example',
    'zhangsan@@example.com',
    'zhang..san@example.com',
    '.zhangsan@example.com',
    'zhangsan@-example.com',
    'zhangsan@example.c',
    '张三@example.com',
    `${'a'.repeat(65)}@example.com`,
  ])('rejects %j', (input) => {
    expect(parseEmail(input)).toEqual({
      ok: false,
      message: '电子邮箱格式不正确，例如 zhangsan@example.com',
    })
  })

  it('turns a blank optional e-mail into undefined', () => {
    expect(optionalEmailField().parse('   ')).toBeUndefined()
    expect(optionalEmailField().parse(undefined)).toBeUndefined()
  })
})
