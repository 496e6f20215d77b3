import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../db/database.js'
import type { RowsQuery, Subject } from './figures/figure.js'

/**
 * The records behind a figure that counts something other than applications: one line each with the
 * day of the counting event, what identifies the record (its 文号, 案号 or date) and a short
 * description. Names of people are returned with their type so the caller masks them.
 */
export type FigureRecordRow = {
  id: string
  day: string
  title: string
  detail: string
  person: string | null
  person_type: 'person' | 'organisation' | null
}

type Join = {
  table: string
  title: RawBuilder<string>
  detail: RawBuilder<string>
  person?: RawBuilder<string>
  personType?: RawBuilder<string>
  extraJoin?: RawBuilder<unknown>
}

const JOINS: Record<Exclude<Subject, 'application' | 'exchange'>, Join> = {
  recommendation: {
    table: 'recommendations',
    title: sql`coalesce(s.number, '（未编号）')`,
    detail: sql`s.addressee`,
  },
  lead: {
    table: 'leads',
    title: sql`cc.case_no`,
    detail: sql`(select string_agg(x, '、') from jsonb_array_elements_text(s.rule_ids) x)`,
    extraJoin: sql`join court_cases cc on cc.id = s.case_id`,
  },
  ex_officio: {
    table: 'ex_officio_cases',
    title: sql`s.court_case_no`,
    detail: sql`s.court_name`,
  },
  meeting: {
    table: 'collab_meetings',
    title: sql`to_char(s.held_on, 'YYYY-MM-DD')`,
    detail: sql`s.place`,
  },
  referral: {
    table: 'collab_referrals',
    title: sql`coalesce(s.letter_number, coalesce(s.court_case_number, '（未发函）'))`,
    detail: sql`coalesce(s.police_organ, '')`,
    person: sql`s.suspect_name`,
    personType: sql`s.suspect_type`,
  },
  petition: {
    table: 'collab_petitions',
    title: sql`coalesce(s.court_case_number, '（无案号）')`,
    detail: sql`s.court_name`,
    person: sql`s.petitioner_name`,
    personType: sql`'person'`,
  },
}

export async function findFigureRecords(
  db: Db,
  subject: Exclude<Subject, 'application' | 'exchange'>,
  rows: RowsQuery,
  limit: number,
): Promise<FigureRecordRow[]> {
  const j = JOINS[subject]
  const result = await sql<FigureRecordRow>`
    select s.id::text as id, f.day, ${j.title} as title, ${j.detail} as detail,
      ${j.person ?? sql`null`} as person, ${j.personType ?? sql`null`} as person_type
    from (${rows}) f
    join ${sql.table(j.table)} s on s.id = f.subject_id
    ${j.extraJoin ?? sql``}
    order by f.day, title
    limit ${limit}`.execute(db)
  return result.rows
}
