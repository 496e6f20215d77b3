import { sql } from 'kysely'
import type { Stage } from '../workflow/stages.js'
import type { MaterialSlot } from '../applications/draft.table.js'
import { prepared, type Db } from '../db/database.js'
import type { SupplementItem } from '../supplements/supplement.table.js'

/**
 * What the applicant's status page may show of the one application a session names — selected
 * column by column, so nothing internal (flags, notes, answers, other staff) is ever read for it.
 */
export type StatusRecord = {
  applicationId: string
  /** bigint as text: moves whenever anything below changes (see StatusStamp) */
  statusVersion: string
  trackingCode: string
  stage: Stage
  /** date, as text */
  proceduralReplyDue: string
  proceduralReplyExplanation: string
  /** the handling prosecutor's name and 法律职务 (规则 第四十五条), once assigned */
  handler: string | undefined
  handlerTitle: string | undefined
  /** an applicant's withdrawal after 受理 waits for staff's decision (规则 第七十三条第（二）项) */
  withdrawalPending: boolean
  /** the latest refused 回避 request, not yet contested: the applicant may ask for 复议 (规则 第十七条) */
  recusalRefusedAt: Date | null
  /** the day the court received the 检察建议书 decided here (the register's 送达), if recorded */
  recommendationServedOn: string | null
  documents: { id: string; title: string; number: string | null; issuedAt: Date }[]
  materials: StatusMaterial[]
  events: { occurredAt: Date; action: string; toStage: string; publicNote: string | null }[]
  /** the open 补正 request, read only while the stage is supplement_requested */
  supplement: OpenSupplement | undefined
}

export type StatusMaterial = {
  slot: MaterialSlot
  originalName: string
  /** bigint, as text */
  byteSize: string
  sha256: string
  supplementRequestId: string | null
  supplementItem: string | null
}

export type OpenSupplement = {
  id: string
  items: SupplementItem[]
  /** date, as text; null until the 补正通知书 is served (the period runs from service) */
  deadline: string | null
  deadlineExplanation: string | null
  periodDays: number | null
}

// json_build_object renders timestamptz as ISO 8601 text with an offset; Date parses it exactly
// (to the millisecond, as the drivers do for plain columns). bigint is cast to text, as elsewhere.
type Json<T, DateKeys extends keyof T> = Omit<T, DateKeys> & Record<DateKeys, string>
type StatusRow = Omit<
  StatusRecord,
  'handler' | 'handlerTitle' | 'documents' | 'events' | 'supplement'
> & {
  handlerTitle: string | null
  handler: string | null
  documents: Json<StatusRecord['documents'][number], 'issuedAt'>[]
  events: Json<StatusRecord['events'][number], 'occurredAt'>[]
  supplement: OpenSupplement | null
}

/**
 * One round trip for the whole page: the session (live if used after `idleSince`) joined to its
 * own application, with every list aggregated as JSON. A session never reaches another application:
 * each sub-select is bound to the application the session row names. Prepared: on PostgreSQL its
 * plan is kept per connection.
 */
export async function findStatusBySession(
  db: Db,
  tokenHash: string,
  idleSince: Date,
): Promise<StatusRecord | undefined> {
  const { rows } = await prepared('status_page', statusQuery(tokenHash, idleSince)).execute(db)
  return rows[0] && fromRow(rows[0])
}

/**
 * What a repeat view needs to know before anything else: whether the session is live, and the
 * version of what its application's page shows (applications.status_version, kept by triggers in
 * migrations/202611270200_add_status_version.sql).
 */
export type StatusStamp = { lastSeenAt: Date; applicationId: string; statusVersion: string }

/** The session rule of applicant-session.ts: the token's hash, live if used after `idleSince`. */
export type StampLookup = { tokenHash: string; idleSince: Date }

/**
 * The stamps of several sessions in one prepared query (src/tracking/status-stamps.ts gathers the
 * views that arrive together). Each row names the lookup it answers (its index in `lookups`), which
 * was matched by its own token hash against its own idle limit: the answer for one session never
 * depends on the others asked with it.
 */
export async function findStatusStamps(
  db: Db,
  lookups: readonly StampLookup[],
): Promise<(StatusStamp & { lookup: number })[]> {
  const { rows } = await prepared(
    'status_stamps',
    sql<StatusStamp & { lookup: number }>`
      select q.n::int - 1 as lookup, s.last_seen_at as "lastSeenAt",
        a.id as "applicationId", a.status_version::text as "statusVersion"
      from unnest(${lookups.map((l) => l.tokenHash)}::text[],
          ${lookups.map((l) => l.idleSince.toISOString())}::timestamptz[])
        with ordinality as q (token_hash, idle_since, n)
      join applicant_sessions s on s.token_hash = q.token_hash and s.last_seen_at > q.idle_since
      join applications a on a.id = s.application_id`,
  ).execute(db)
  return rows
}

function statusQuery(tokenHash: string, idleSince: Date) {
  return sql<StatusRow>`
    select
      a.id as "applicationId",
      a.status_version::text as "statusVersion",
      a.tracking_code as "trackingCode",
      a.stage,
      a.procedural_reply_due as "proceduralReplyDue",
      a.procedural_reply_explanation as "proceduralReplyExplanation",
      (select st.display_name from staff_accounts st where st.id = a.assigned_staff_id) as handler,
      (select st.legal_title from staff_accounts st where st.id = a.assigned_staff_id)
        as "handlerTitle",
      exists (select 1 from withdrawal_requests w
        where w.application_id = a.id and w.decision is null) as "withdrawalPending",
      (select x.handled_at from (select r.handled_at, r.review_requested_at from recusal_requests r
          where r.application_id = a.id and r.decision = 'declined'
          order by r.handled_at desc limit 1) x
        where x.review_requested_at is null) as "recusalRefusedAt",
      (select max(r.served_on)::text from recommendations r
        where r.application_id = a.id and r.origin = 'application') as "recommendationServedOn",
      (select coalesce(json_agg(json_build_object(
          'id', d.id, 'title', d.title, 'number', d.number, 'issuedAt', d.issued_at) order by d.issued_at), '[]')
        from issued_documents d where d.application_id = a.id
          -- the other parties' 受理通知书 (规则 第三十三条) is addressed to them
          and d.kind <> 'other_party_acceptance_notice') as documents,
      (select coalesce(json_agg(json_build_object(
          'slot', m.slot, 'originalName', m.original_name, 'byteSize', m.byte_size::text,
          'sha256', m.sha256, 'supplementRequestId', m.supplement_request_id,
          'supplementItem', m.supplement_item) order by m.position), '[]')
        -- the court's reply letter is addressed to the procuratorate; the applicant sees its outcome
        from application_materials m
        where m.application_id = a.id and m.slot <> 'court_reply') as materials,
      (select coalesce(json_agg(json_build_object(
          'occurredAt', e.occurred_at, 'action', e.action, 'toStage', e.to_stage,
          'publicNote', e.public_note) order by e.id), '[]')
        from application_events e where e.application_id = a.id) as events,
      (select json_build_object('id', r.id, 'items', r.items, 'deadline', r.deadline,
          'deadlineExplanation', r.deadline_explanation, 'periodDays', r.period_days)
        from supplement_requests r
        where r.application_id = a.id and r.completed_at is null and r.expired_at is null
          and a.stage = 'supplement_requested') as supplement
    from applicant_sessions s
    join applications a on a.id = s.application_id
    where s.token_hash = ${tokenHash} and s.last_seen_at > ${idleSince}`
}

function fromRow(row: StatusRow): StatusRecord {
  return {
    ...row,
    handler: row.handler ?? undefined,
    handlerTitle: row.handlerTitle ?? undefined,
    documents: row.documents.map((d) => ({ ...d, issuedAt: parseTimestamp(d.issuedAt) })),
    events: row.events.map((e) => ({ ...e, occurredAt: parseTimestamp(e.occurredAt) })),
    supplement: row.supplement ?? undefined,
  }
}

function parseTimestamp(text: string): Date {
  const date = new Date(text)
  if (Number.isNaN(date.getTime())) throw new Error(`unexpected timestamp in JSON: ${text}`)
  return date
}
