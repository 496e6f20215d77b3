/** What pages need to know about the procuratorate running the service (from `site_settings`). */
export type SupervisedCourt = {
  /** 法院代字 as used in case numbers, e.g. 豫0403 */
  code: string
  name: string
}

export type SiteView = {
  /** 平顶山市卫东区人民检察院 */
  name: string
  /** 卫东区检察院 — used where space is short */
  shortName: string
  address: string
  phone: string
  courts: SupervisedCourt[]
  /** the default 补正 period in days (1–60), set by the administrator */
  supplementPeriodDays: number
}
