import { Readable } from 'node:stream'
import { insertAuditEvent } from '../../audit/audit.repository.js'
import { addDays, type CalendarDate } from '../../calendar/calendar-date.js'
import type { Db } from '../../db/database.js'
import type { Deps } from '../../deps.js'
import { chinaDayStart, todayInChina } from '../../kernel/china-time.js'
import type { SiteView } from '../../site/site-view.js'
import { recordedActor, type StaffActor } from '../../staff/staff-actor.js'
import type { StoredFile } from '../../uploads/file-store.js'
import { insertExchangeLogEntry } from '../log/exchange-log.repository.js'
import { acceptedCasesSection, recommendationSection } from './outgoing-sections.js'
import { writeOutgoingWorkbook, type OutgoingSection } from './outgoing-workbook.js'
import { findAcceptedCases, findIssuedRecommendations } from './outgoing.repository.js'
import type { OutgoingForm } from './outgoing.schema.js'

/** A list of a few hundred rows is well under a megabyte; this only stops a runaway. */
const MAX_LIST_BYTES = 50 * 1024 * 1024

/** A period that ends after today would promise a list of what has not happened; undefined when fine. */
export function outgoingPeriodProblem(deps: Deps, to: string): string | undefined {
  const today = todayInChina(deps.clock.now())
  return to > today ? `结束日期不能晚于今天（${today}）` : undefined
}

/**
 * 本院→法院 (docs/decisions/035-exchange-log.md): builds the list for the period, stores it with its SHA-256 and logs
 * it as an exchange, with its audit event, in one transaction; the rows are read in the same
 * transaction, so the item count logged is the count in the file. If the transaction fails the
 * file is removed again (and the orphan sweep would find it if that failed too).
 */
export async function produceOutgoingList(
  deps: Deps,
  actor: StaffActor,
  site: SiteView,
  form: OutgoingForm,
): Promise<string> {
  const court = site.courts.find((c) => c.code === form.courtCode)!
  const now = deps.clock.now()
  let stored: StoredFile | undefined
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const sections = await readSections(trx, form, now)
      const items = sections.reduce((n, s) => n + s.rows.length, 0)
      const cover = {
        procuratorate: site.name,
        court: court.name,
        from: form.from,
        to: form.to,
        responsible: form.responsible,
        producedOn: todayInChina(now),
      }
      const bytes = await writeOutgoingWorkbook(cover, sections)
      stored = await deps.fileStore.put(Readable.from([bytes]), { maxBytes: MAX_LIST_BYTES })
      const id = await insertExchangeLogEntry(trx, {
        exchanged_on: cover.producedOn,
        direction: 'to_court',
        source: 'export',
        counterpart: court.name,
        content: contentOf(form, sections),
        item_count: items,
        file_key: stored.id,
        file_name: `${site.shortName}交换清单_${form.from}至${form.to}.xlsx`,
        file_sha256: stored.sha256,
        file_size: stored.size,
        note: null,
        handled_by: actor.staff.id,
        recorded_at: now,
      })
      await insertAuditEvent(trx, {
        actor: recordedActor(actor),
        ip: actor.ip,
        action: 'exchange_outgoing.create',
        object: { type: 'exchange_log', id },
        result: 'success',
        details: { from: form.from, to: form.to, court: court.code, items, sha256: stored.sha256 },
        at: now,
      })
      return id
    })
  } catch (err) {
    if (stored) await deps.fileStore.remove(stored.id).catch(() => undefined)
    throw err
  }
}

async function readSections(db: Db, form: OutgoingForm, now: Date): Promise<OutgoingSection[]> {
  const period = {
    start: chinaDayStart(form.from),
    end: chinaDayStart(addDays(form.to as CalendarDate, 1)),
  }
  return [
    recommendationSection(await findIssuedRecommendations(db, form.courtCode, period), now),
    acceptedCasesSection(await findAcceptedCases(db, form.courtCode, period)),
    // 涉执信访 items: a third section here once the service records them (docs/decisions/035-exchange-log.md).
  ]
}

function contentOf(form: OutgoingForm, sections: OutgoingSection[]): string {
  const counts = sections.map((s) => `${s.sheetName} ${s.rows.length} 条`).join('、')
  return `本院交换清单（${form.from} 至 ${form.to}）：${counts}`
}
