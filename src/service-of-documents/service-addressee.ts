/** The applicant as service needs them: name, address as the application holds it, email, consent. */
export type Addressee = {
  name: string
  /** the 住所 the applicant gave (person or organisation), '' when none */
  address: string
  email: string | null
  consent: boolean | null
}

export function addresseeOf(app: {
  applicant_name: string
  email: string | null
  electronic_service_consent: boolean | null
  answers: Record<string, unknown>
}): Addressee {
  const a = app.answers as {
    person?: { address?: string }
    organisation?: { address?: string }
  }
  return {
    name: app.applicant_name,
    address: a.person?.address ?? a.organisation?.address ?? '',
    email: app.email,
    consent: app.electronic_service_consent,
  }
}

/**
 * The address masked for the case page: the administrative divisions (up to the first 区, 县 or
 * 市辖 level) stay, the street and number are hidden. The full address is printed only on the
 * envelope sheet, and every print is audited.
 */
export function maskAddress(address: string): string {
  const chars = [...address.trim()]
  if (chars.length === 0) return '（未填写）'
  const text = chars.join('')
  const match = /^.{1,12}?(区|县|旗|市(?!.{0,3}(区|县)))/u.exec(text)
  const kept = match ? [...match[0]].length : Math.min(3, chars.length)
  return `${chars.slice(0, kept).join('')}${'*'.repeat(Math.max(4, chars.length - kept))}`
}

/** What the applicant answered to the 民诉法 第九十条 question, for staff. */
export function consentLabel(a: Addressee): string {
  if (a.consent === true && a.email) return '同意电子送达（电子邮件、本系统）'
  if (a.consent === true) return '同意电子送达，但没有填写电子邮箱：须邮寄或者直接送达'
  if (a.consent === false) return '不同意电子送达：须邮寄或者直接送达'
  return '未询问（提交于询问之前）：按不同意处理，须邮寄或者直接送达'
}
