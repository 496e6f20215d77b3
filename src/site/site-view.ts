import type { ProceduralReplyUnit } from '../kernel/procedural-reply.js'
import type { RetentionMonths } from '../kernel/retention-kinds.js'

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
  /** the procuratorate one level up, e.g. 平顶山市人民检察院 (规则 第三十一条: the remedy against 不予受理) */
  upperName: string
  address: string
  phone: string
  /** 办公时间, e.g. 周一至周五 上午 8:30—12:00，下午 14:30—17:30; '' until set */
  officeHours: string
  courts: SupervisedCourt[]
  /** the default 补正 period in days (1–60), set by the administrator */
  supplementPeriodDays: number
  /** whether the 7-day procedural reply counts working or calendar days (legal review D32) */
  proceduralReplyUnit: ProceduralReplyUnit
  /** the retention period of each disposition in months (src/retention, legal review D22) */
  retentionMonths: RetentionMonths
}
