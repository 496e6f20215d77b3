import crypto from 'node:crypto'
import type { Clock } from '../clock.js'
import type { Db } from '../db/database.js'
import { findSupervisedCourts, getSiteSettingsRow } from './site-settings.repository.js'
import type { SiteView } from './site-view.js'
import { findRetentionMonths } from '../retention/retention.repository.js'

/** How long a process trusts its copy before asking the database again (other processes may edit). */
const REFRESH_AFTER_MS = 60_000

export type SiteSettings = {
  /** The current settings; always available after `load()`. */
  current(): SiteView
  /** Changes whenever the settings change; pre-rendered pages are keyed on it. */
  version(): string
  /**
   * Re-reads the database when the copy is older than a minute; otherwise returns undefined at once,
   * so hot paths skip an await: `await siteSettings.refreshIfStale()` works either way.
   */
  refreshIfStale(): Promise<void> | undefined
  load(): Promise<SiteView>
}

/** The one module through which the procuratorate's identity and supervised courts are read. */
export function createSiteSettings(db: Db, clock: Clock): SiteSettings {
  let view: SiteView | undefined
  let version = ''
  let loadedAt = 0
  let pending: Promise<SiteView> | undefined

  const load = async (): Promise<SiteView> => {
    const [row, courts, retentionMonths] = await Promise.all([
      getSiteSettingsRow(db),
      findSupervisedCourts(db),
      findRetentionMonths(db),
    ])
    view = {
      name: row.procuratorate_name,
      shortName: row.short_name,
      upperName: row.upper_procuratorate_name,
      address: row.address,
      phone: row.phone,
      officeHours: row.office_hours,
      courts: courts.map((c) => ({ code: c.court_code, name: c.court_name })),
      supplementPeriodDays: row.supplement_period_days,
      proceduralReplyUnit: row.procedural_reply_unit,
      retentionMonths,
    }
    // A digest of everything shown, so two saves within one millisecond still change the version.
    const digest = crypto.createHash('sha256').update(JSON.stringify(view)).digest('base64url')
    version = `${row.updated_at.getTime()}:${digest.slice(0, 16)}`
    loadedAt = clock.now().getTime()
    return view
  }

  return {
    current() {
      if (!view) throw new Error('site settings not loaded yet')
      return view
    },
    version: () => version,
    load,
    refreshIfStale() {
      if (view && clock.now().getTime() - loadedAt < REFRESH_AFTER_MS) return undefined
      return refresh()
    },
  }

  async function refresh(): Promise<void> {
    pending ??= load().finally(() => {
      pending = undefined
    })
    try {
      await pending
    } catch (err) {
      // Keep serving the last known settings while the database is away; fail only if there are none.
      if (!view) throw err
      loadedAt = clock.now().getTime()
    }
  }
}

/**
 * Whether the contact details the public footer shows still need an administrator: no 办公时间 yet,
 * or the phone is still the national line 12309 the first migration seeded in place of the local one.
 */
export function contactDetailsIncomplete(site: SiteView): boolean {
  return site.officeHours.trim() === '' || site.phone.replace(/\D/g, '') === '12309'
}

/** Whether a court code (from a parsed 执行案号) is one of the courts this procuratorate supervises. */
export function isSupervisedCourt(site: SiteView, courtCode: string): boolean {
  return site.courts.some((c) => c.code === courtCode)
}
