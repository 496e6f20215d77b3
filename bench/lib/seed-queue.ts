import { sql } from 'kysely'
import { MATTERS } from '../../src/applications/application-answers.js'
import type { Db } from '../../src/db/database.js'

/** Courts of a typical 基层院's area (平顶山), plus applications about courts outside it (null). */
export const SEED_COURTS = [
  ['豫0402', '平顶山市新华区人民法院'],
  ['豫0403', '平顶山市卫东区人民法院'],
  ['豫0404', '平顶山市石龙区人民法院'],
  ['豫0411', '平顶山市湛河区人民法院'],
  ['豫0421', '宝丰县人民法院'],
  ['豫0422', '叶县人民法院'],
  ['豫0423', '鲁山县人民法院'],
  ['豫04', '平顶山市中级人民法院'],
] as const

/**
 * Cumulative shares of the stages across ten years of applications: three in four are finished
 * (办结, 不予受理, 告知, 撤回), the rest spread over the open stages, most of them in review.
 */
const STAGE_SHARES: [string, number][] = [
  ['closed', 0.55],
  ['not_accepted', 0.63],
  ['referred', 0.69],
  ['withdrawn', 0.72],
  ['deemed_withdrawn', 0.75],
  ['submitted', 0.8],
  ['supplement_requested', 0.82],
  ['accepted', 0.84],
  ['under_review', 0.92],
  ['suspended', 0.93],
  ['escalated', 0.935],
  ['decided_recommendation', 0.965],
  ['court_replied', 0.975],
  ['decided_not_supported', 0.99],
  ['terminated', 1],
]

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = '秀英华明建国志强丽敏静军伟芳娜磊洋勇艳杰涛超霞平刚桂兰玉梅红'

/** Staff the seeded applications are assigned to: 20 reviewers, 6 intake, 2 leaders. */
export async function seedStaff(db: Db): Promise<{ intake: string[]; reviewers: string[] }> {
  const make = (role: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      username: `${role}${i + 1}`,
      display_name: `${role === 'reviewer' ? '检察官' : role === 'intake' ? '受理员' : '领导'}${i + 1}`,
      password_hash: 'bench$not-a-usable-hash',
      roles: [role as 'intake' | 'reviewer' | 'leader'],
    }))
  const rows = await db
    .insertInto('staff_accounts')
    .values([...make('reviewer', 20), ...make('intake', 6), ...make('leader', 2)])
    .returning(['id', 'roles'])
    .execute()
  return {
    intake: rows.filter((r) => r.roles.includes('intake')).map((r) => r.id),
    reviewers: rows.filter((r) => r.roles.includes('reviewer')).map((r) => r.id),
  }
}

/**
 * Inserts applications `from`…`to` in one set-based statement. Dates are spread over the ten years
 * before `today`; open applications have a running clock due between 20 days ago and 100 days
 * ahead (one in ten none). Encrypted columns hold fixed dummy bytes: the queue never reads them.
 */
export async function seedApplications(
  db: Db,
  range: { from: number; to: number },
  today: string,
  reviewers: string[],
): Promise<void> {
  const stageCase = sql.raw(
    `case ${STAGE_SHARES.map(([s, p]) => `when r_stage < ${p} then '${s}'`).join(' ')} end`,
  )
  const open = sql.raw(
    `stage not in ('not_accepted','referred','withdrawn','deemed_withdrawn','closed')`,
  )
  await sql`
    insert into applications (
      tracking_code, stage, channel, idempotency_key, submitted_at, applicant_type,
      applicant_name, applicant_role, id_number_encrypted, id_number_hash, mobile_encrypted,
      mobile_hash, court_code, court_name, case_number, supervised_court, matters, answers,
      flags, procedural_reply_due, procedural_reply_explanation, receipt_mac, assigned_staff_id,
      next_due)
    select
      upper(translate(substr(md5('code' || g), 1, 12), '0123456789abcdef', '23456789abcdefgh')),
      stage, case when r_channel < 0.85 then 'online' else 'counter' end, 'bench-' || g,
      (sub_day + time '10:00') at time zone 'Asia/Shanghai',
      case when r_org < 0.15 then 'organisation' else 'person' end,
      case when r_org < 0.15
        then '平顶山' || substr(${GIVEN}, 1 + (g % 30), 2) || '商贸有限公司'
        else substr(${SURNAMES}, 1 + (g % 20), 1) || substr(${GIVEN}, 1 + ((g / 20) % 30), 1)
          || case when r_name < 0.7 then substr(${GIVEN}, 1 + ((g / 600) % 30), 1) else '' end
      end,
      '申请执行人', '\\x00'::bytea, md5('id' || (g % 900000)), '\\x00'::bytea, md5('m' || g),
      court_code, coalesce(court_name, '郑州市中原区人民法院'),
      '（' || extract(year from sub_day)::int || '）' || coalesce(court_code, '豫0102') || '执'
        || case when r_name < 0.25 then '恢' else '' end || (1 + g % 9973) || '号',
      court_code is not null,
      case when r_matter2 < 0.3
        then array[(${sql.val([...MATTERS])}::text[])[1 + g % 7], (${sql.val([...MATTERS])}::text[])[1 + (g / 7) % 7]]
        else array[(${sql.val([...MATTERS])}::text[])[1 + g % 7]] end,
      '{}'::jsonb,
      array_remove(array[
        case when court_code is null then '非本院管辖' end,
        case when r_flag < 0.08 then '前置程序未穷尽' end,
        case when r_flag2 < 0.05 then '可能重复' end,
        case when r_flag3 < 0.03 then '材料不全' end], null),
      sub_day + 9, 'bench', 'bench',
      case when stage in ('submitted', 'supplement_requested') and r_assign < 0.7 then null
        else (${sql.val(reviewers)}::uuid[])[1 + (g % ${reviewers.length})] end,
      case when ${open} and r_due < 0.9
        then ${today}::date + (r_due * 133)::int - 20 end
    from (
      select raw.*, ${stageCase} as stage,
        (${sql.val(SEED_COURTS.map((c) => c[0]))}::text[])[court_index] as court_code,
        (${sql.val(SEED_COURTS.map((c) => c[1]))}::text[])[court_index] as court_name
      from (
        select g, random() as r_stage, random() as r_channel, random() as r_org,
          random() as r_name, random() as r_matter2, random() as r_flag, random() as r_flag2,
          random() as r_flag3, random() as r_assign, random() as r_due,
          ${today}::date - (random() * 3650)::int as sub_day,
          -- index 0 is out of the array: 8 % of applications concern a court outside the area
          case when random() < 0.08 then 0 else 1 + g % ${SEED_COURTS.length} end as court_index
        from generate_series(${range.from}::int, ${range.to}::int) g
      ) raw
    ) x
  `.execute(db)
}
