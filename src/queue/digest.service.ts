import { digestEmail, type DigestLine } from '../../views/emails/digest.js'
import { todayInChina } from '../kernel/china-time.js'
import type { Deps } from '../deps.js'
import { insertOutboxMessage } from '../notifications/outbox.repository.js'
import type { StaffRole } from '../staff/staff-account.table.js'
import { formatTrackingCode } from '../kernel/tracking-code.js'
import { STAGE_TEXT, type Stage } from '../workflow/stages.js'
import {
  claimDigestDay,
  findDigestItems,
  findDigestRecipients,
  setDigestRecipients,
  type DigestItemRow,
} from './digest.repository.js'
import { describeDue, dueBounds } from './queue.service.js'
import { findDigestActionLines } from '../collaboration/meetings/action-item-digest.js'

const DUE_SOON_WORKING_DAYS = 3
/** Stages intake answers for while nobody is assigned (the 7-working-day first answer, 补正). */
const INTAKE_STAGES: ReadonlySet<Stage> = new Set<Stage>(['submitted', 'supplement_requested'])

type DigestDeps = Pick<Deps, 'db' | 'calendar' | 'clock' | 'siteSettings' | 'config' | 'logger'>

/**
 * Once per Beijing day (docs/product.md §9), on the hourly job's first run from DIGEST_FROM_HOUR
 * (07:00 Beijing time by default: before the work day): each enabled staff member with an address and a
 * case role gets their overdue and due-soon applications. The day's claim, every outbox row and
 * the recipient count share one transaction, so however many processes run the job, and however
 * often, a day is sent once, and a failure leaves it for the next run.
 */
export async function sendDailyDigest(
  deps: DigestDeps,
): Promise<{ sent: boolean; recipients: number }> {
  const now = deps.clock.now()
  const hour = (now.getUTCHours() + 8) % 24 // China keeps UTC+8 all year
  if (hour < deps.config.digestFromHour) return { sent: false, recipients: 0 }
  const day = todayInChina(now)
  const until = dueBounds(deps.calendar, day, DUE_SOON_WORKING_DAYS).withinUntil!
  const site = deps.siteSettings.current()
  return deps.db.transaction().execute(async (trx) => {
    if (!(await claimDigestDay(trx, day, now))) return { sent: false, recipients: 0 }
    const [staff, items] = [await findDigestRecipients(trx), await findDigestItems(trx, until)]
    const actions = await findDigestActionLines(trx, until)
    let recipients = 0
    for (const person of staff) {
      const mine = items.filter((i) => isFor(i, person.id, person.roles))
      const myActions = actions.filter((a) => a.staffId === person.id)
      if (mine.length === 0 && myActions.length === 0) continue
      const lines = mine.map((i) => toLine(deps, i, day))
      await insertOutboxMessage(
        trx,
        digestEmail({
          site,
          publicBaseUrl: deps.config.publicBaseUrl,
          staffId: person.id,
          email: person.email,
          day,
          overdue: lines.filter((l) => l.due < day),
          soon: lines.filter((l) => l.due >= day),
          actions: myActions,
          now,
        }),
      )
      recipients++
    }
    await setDigestRecipients(trx, day, recipients)
    deps.logger.info('staff digest', { day, recipients, items: items.length })
    return { sent: true, recipients }
  })
}

function isFor(item: DigestItemRow, staffId: string, roles: readonly StaffRole[]): boolean {
  if (item.assigned_staff_id) return item.assigned_staff_id === staffId
  return roles.includes('intake') && INTAKE_STAGES.has(item.stage)
}

function toLine(deps: DigestDeps, item: DigestItemRow, day: string): DigestLine {
  return {
    trackingCode: formatTrackingCode(item.tracking_code),
    caseNumber: item.case_number,
    stageLabel: STAGE_TEXT[item.stage].label,
    due: item.next_due,
    dueText: describeDue(deps.calendar, item.next_due, day).text,
    unassigned: item.assigned_staff_id === null,
  }
}
