import { sql } from 'kysely'
import type { Db } from '../../src/db/database.js'

/**
 * What the statistics count, set-based on top of seed-queue's applications: the intake decision
 * (受理 / 不予受理 / 告知) two to twelve days after receipt with its stopped 7-working-day clock, the
 * review's 3-month clock and its end (检察建议 / 不支持 / 终结 / 报请上级院) for the decided stages,
 * and `exchanges` exchange-log entries spread over ten years.
 */
export async function seedStatsEvents(db: Db, exchanges: number, staffId: string): Promise<void> {
  await sql`
    insert into application_events (application_id, occurred_at, action, from_stage, to_stage)
    select id, submitted_at + (2 + (hashtext(id::text) & 7)) * interval '1 day',
      case when stage = 'not_accepted' then 'not_accept' when stage = 'referred' then 'refer' else 'accept' end,
      'submitted',
      case when stage = 'not_accepted' then 'not_accepted' when stage = 'referred' then 'referred' else 'accepted' end
    from applications where stage not in ('submitted', 'supplement_requested', 'withdrawn', 'deemed_withdrawn')`.execute(
    db,
  )
  await sql`
    insert into application_clocks (application_id, kind, started_on, due, explanation, stopped_at, created_at)
    select e.application_id, 'procedural_reply', (a.submitted_at at time zone 'UTC')::date,
      (a.submitted_at at time zone 'UTC')::date + 9, 'bench', e.occurred_at, a.submitted_at
    from application_events e join applications a on a.id = e.application_id`.execute(db)
  await sql`
    insert into application_events (application_id, occurred_at, action, from_stage, to_stage)
    select id, submitted_at + (20 + (hashtext(id::text) & 63)) * interval '1 day',
      case when stage in ('decided_recommendation', 'court_replied') then 'decide_recommendation'
        when stage = 'decided_not_supported' then 'decide_not_supported'
        when stage = 'escalated' then 'escalate' else 'terminate' end,
      'under_review', stage
    from applications
    where stage in ('decided_recommendation', 'court_replied', 'decided_not_supported', 'escalated', 'terminated', 'closed')`.execute(
    db,
  )
  await sql`
    insert into application_clocks (application_id, kind, started_on, due, explanation, stopped_at, created_at)
    select id, 'review', (submitted_at at time zone 'UTC')::date + 5,
      (submitted_at at time zone 'UTC')::date + 97, 'bench', null, submitted_at
    from applications
    where stage in ('decided_recommendation', 'court_replied', 'decided_not_supported', 'escalated', 'terminated', 'closed', 'under_review')`.execute(
    db,
  )
  await sql`
    insert into exchange_log (exchanged_on, direction, source, counterpart, content, item_count, handled_by, recorded_at)
    select current_date - (g * 3650 / ${exchanges}), case when g % 2 = 0 then 'from_court' else 'to_court' end,
      'paper', '平顶山市卫东区人民法院', '执行案件清单', 100 + g % 400, ${staffId}::uuid, now()
    from generate_series(1, ${exchanges}) g`.execute(db)
  await sql`vacuum analyze`.execute(db)
}
