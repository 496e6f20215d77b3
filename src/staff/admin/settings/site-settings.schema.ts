import type { FormErrors } from '../../../http/form.js'
import { PROCEDURAL_REPLY_UNITS } from '../../../kernel/procedural-reply.js'
import type { SiteView } from '../../../site/site-view.js'

/** The settings form as typed (every value a string, so it can be shown again unchanged). */
export type SiteSettingsForm = {
  name: string
  shortName: string
  upperName: string
  address: string
  phone: string
  officeHours: string
  supplementPeriodDays: string
  proceduralReplyUnit: string
  courts: { code: string; name: string; remove?: boolean }[]
}

export type CheckedSiteSettings = Omit<SiteView, 'courts' | 'retentionMonths'> & {
  courts: { code: string; name: string }[]
}

/** Same rule as the supervised_courts check constraint: 法院代字 such as 豫0403 or 最高法. */
const COURT_CODE =
  /^(最高法|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼兵])(\d{2}|\d{4})?$/
const PHONE = /^[\d\s\-+()（）转]+$/

export function siteSettingsFormOf(body: Record<string, unknown>): SiteSettingsForm {
  const text = (k: string) => (typeof body[k] === 'string' ? (body[k] as string).trim() : '')
  const rows = new Set<number>()
  for (const key of Object.keys(body)) {
    const m = /^courts\.(\d{1,2})\.(code|name)$/.exec(key)
    if (m) rows.add(Number(m[1]))
  }
  return {
    name: text('name'),
    shortName: text('shortName'),
    upperName: text('upperName'),
    address: text('address'),
    phone: text('phone'),
    officeHours: text('officeHours'),
    supplementPeriodDays: text('supplementPeriodDays'),
    proceduralReplyUnit: text('proceduralReplyUnit'),
    courts: [...rows]
      .sort((a, b) => a - b)
      .map((i) => ({
        code: text(`courts.${i}.code`).replace(/\s/g, ''),
        name: text(`courts.${i}.name`),
        remove: body[`courts.${i}.remove`] === 'yes',
      })),
  }
}

/** Problems keyed by field name, with the row number people see; blank or removed rows are dropped. */
export function checkSiteSettings(
  form: SiteSettingsForm,
): { ok: true; value: CheckedSiteSettings } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {}
  lengthCheck(errors, 'name', form.name, 2, 100, '检察院全称')
  lengthCheck(errors, 'shortName', form.shortName, 2, 40, '简称')
  lengthCheck(errors, 'upperName', form.upperName, 2, 100, '上一级人民检察院的全称')
  lengthCheck(errors, 'address', form.address, 2, 200, '地址')
  lengthCheck(errors, 'phone', form.phone, 3, 40, '电话')
  if (form.officeHours.length > 200) errors.officeHours = '办公时间不能超过 200 个字'
  if (!errors.phone && !PHONE.test(form.phone))
    errors.phone = '电话只能包含数字、空格、连字符、括号和“转”，例如 0375-1234567'
  const days = /^\d{1,3}$/.test(form.supplementPeriodDays) ? Number(form.supplementPeriodDays) : NaN
  if (!(days >= 1 && days <= 60))
    errors.supplementPeriodDays = '默认补正期限应为 1 至 60 之间的整数（天）'
  const unit = PROCEDURAL_REPLY_UNITS.find((u) => u === form.proceduralReplyUnit)
  if (!unit) errors.proceduralReplyUnit = '请选择程序性答复的 7 日按工作日还是按自然日计算'
  const courts = checkCourts(form.courts, errors)
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const { name, shortName, upperName, address, phone } = form
  return {
    ok: true,
    value: {
      name,
      shortName,
      upperName,
      address,
      phone,
      officeHours: form.officeHours,
      supplementPeriodDays: days,
      proceduralReplyUnit: unit!,
      courts,
    },
  }
}

function checkCourts(rows: SiteSettingsForm['courts'], errors: FormErrors) {
  const kept: { code: string; name: string }[] = []
  rows.forEach((row, i) => {
    if (row.remove || (!row.code && !row.name)) return
    const n = i + 1
    if ([...row.name].length < 2 || [...row.name].length > 100)
      errors[`courts.${i}.name`] = `请填写第 ${n} 行的法院全称（2 至 100 个字）`
    if (!COURT_CODE.test(row.code))
      errors[`courts.${i}.code`] =
        `第 ${n} 行的法院代字格式不正确，应为省份简称加数字，例如“豫0403”`
    else if (kept.some((c) => c.code === row.code))
      errors[`courts.${i}.code`] = `第 ${n} 行的法院代字“${row.code}”与前面的行重复`
    kept.push({ code: row.code, name: row.name })
  })
  if (kept.length === 0) errors.courts = '请至少填写一个本院监督的法院'
  return kept
}

function lengthCheck(
  errors: FormErrors,
  key: string,
  value: string,
  min: number,
  max: number,
  label: string,
) {
  const n = [...value].length
  if (n === 0) errors[key] = `请填写${label}`
  else if (n < min || n > max) errors[key] = `${label}应为 ${min} 至 ${max} 个字`
}
