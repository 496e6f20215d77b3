import { z } from 'zod'
import {
  AGENT_KINDS,
  APPLICANT_ROLES,
  ID_TYPES,
  type AgentAnswers,
  type PersonAnswers,
} from '../application-answers.js'
import { parseIdNumber } from '../validation/id-number.js'
import { creditCodeField, mobileField, optionalEmailField } from '../validation/fields.js'
import { choice, optionalText, pageOf, pastDate, text } from './field-helpers.js'

export const ApplicantTypeSchema = z.object({
  applicantType: choice(['person', 'organisation'], '请选择申请人类型'),
})

/**
 * 自然人. For a 居民身份证 the number is checked (GB 11643) and 性别 and 出生日期 may be left blank:
 * they are taken from the number, and must agree with it when given.
 */
export function personSchema(today: () => Date) {
  const shape = {
    name: text('姓名', 1, 50),
    idType: choice(ID_TYPES, '请选择证件类型'),
    idNumber: z.string().optional(),
    sex: z
      .enum(['男', '女'], { error: '请选择性别' })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    birthDate: z.string().optional(),
    ethnicity: text('民族', 1, 20),
    occupation: text('职业', 1, 50),
    workplace: optionalText('工作单位', 100),
    address: text('住所', 2, 200),
  }
  return pageOf(shape, (v, add): PersonAnswers => {
    const id = checkIdentity(v.idType ?? '', v.idNumber ?? '', today(), add)
    // With a 居民身份证 number typed in, 性别 and 出生日期 come from it: while the number itself is
    // wrong, only the number is flagged, not the two optional fields.
    const fromId = v.idType === '居民身份证' && (v.idNumber ?? '').trim() !== ''
    const sex = v.sex ?? id?.sex
    if (!sex && !fromId) add('sex', '请选择性别')
    else if (id && sex !== id.sex) add('sex', '性别与身份证号码不一致，请核对')
    const birthDate = (v.birthDate ?? '').trim() || id?.birthDate || ''
    if (!birthDate && !fromId) add('birthDate', '请填写出生日期')
    else if (id && birthDate !== id.birthDate)
      add('birthDate', '出生日期与身份证号码不一致，请核对')
    else if (!id && birthDate) {
      const checked = pastDate('出生日期', today).safeParse(birthDate)
      if (!checked.success) add('birthDate', checked.error.issues[0]?.message ?? '出生日期不正确')
    }
    return {
      name: v.name ?? '',
      sex: sex ?? '男',
      birthDate,
      ethnicity: v.ethnicity ?? '',
      idType: v.idType ?? '其他',
      idNumber: id?.value ?? (v.idNumber ?? '').replace(/\s/g, ''),
      occupation: v.occupation ?? '',
      workplace: v.workplace,
      address: v.address ?? '',
    }
  })
}

function checkIdentity(
  idType: string,
  raw: string,
  today: Date,
  add: (path: string, message: string) => void,
) {
  const input = raw.trim()
  if (input === '') {
    add('idNumber', '请填写证件号码')
    return undefined
  }
  if (idType === '居民身份证') {
    const parsed = parseIdNumber(input, today)
    if (!parsed.ok) add('idNumber', parsed.message)
    return parsed.ok ? parsed : undefined
  }
  if (!/^[\p{L}\p{N}()（）-]{4,30}$/u.test(input.replace(/\s/g, ''))) {
    add('idNumber', '证件号码应为 4 至 30 位字母或数字')
  }
  return undefined
}

export const OrganisationSchema = z.object({
  name: text('单位名称', 2, 100),
  creditCode: creditCodeField(),
  address: text('住所', 2, 200),
  representative: text('法定代表人或主要负责人', 1, 50),
  representativeTitle: text('职务', 1, 50),
})

export const ContactSchema = z.object({
  mobile: mobileField(),
  email: optionalEmailField(),
  role: choice(APPLICANT_ROLES, '请选择您在执行案件中的身份'),
  electronicService: choice(['yes', 'no'], '请选择是否同意本院通过电子方式向您送达法律文书'),
})

/** 代理人 (optional); a lawyer also gives the 律师执业证号, and 授权委托书 becomes a required upload. */
export function agentSchema(today: () => Date) {
  return z
    .object({
      hasAgent: choice(['yes', 'no'], '请选择是否委托代理人'),
      agentName: z.string().optional(),
      agentKind: z.string().optional(),
      agentIdNumber: z.string().optional(),
      agentMobile: z.string().optional(),
      licenceNumber: z.string().optional(),
    })
    .transform((v, ctx): AgentAnswers => {
      if (v.hasAgent === 'no') return { hasAgent: 'no' }
      const add = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message })
      const name = text('代理人姓名', 1, 50).safeParse(v.agentName)
      if (!name.success) add('agentName', '请填写代理人姓名')
      const kind = choice(AGENT_KINDS, '请选择代理人类型').safeParse(v.agentKind)
      if (!kind.success) add('agentKind', '请选择代理人类型')
      const id = parseIdNumber(v.agentIdNumber ?? '', today())
      if (!id.ok) add('agentIdNumber', `代理人${id.message}`)
      const mobile = mobileField().safeParse(v.agentMobile)
      if (!mobile.success)
        add('agentMobile', `代理人${mobile.error.issues[0]?.message ?? '手机号码不正确'}`)
      const licence = (v.licenceNumber ?? '').replace(/\s/g, '')
      if (kind.success && kind.data === '律师' && !/^\d{17}$/.test(licence)) {
        add('licenceNumber', '请填写 17 位律师执业证号')
      }
      return {
        hasAgent: 'yes',
        name: name.data ?? '',
        kind: kind.data ?? '其他',
        idNumber: id.ok ? id.value : '',
        mobile: mobile.data ?? '',
        licenceNumber: licence || undefined,
      }
    })
}
