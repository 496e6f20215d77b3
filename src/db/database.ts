import fs from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PostgresDialect, sql, type RawBuilder } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import type {
  ApplicationMaterialsTable,
  ApplicationsTable,
} from '../applications/application.table.js'
import type { ApplicationDraftsTable, DraftFilesTable } from '../applications/draft.table.js'
import type { AuditChainHeadTable, AuditEventsTable } from '../audit/audit-event.table.js'
import type { CalendarOverridesTable } from '../calendar/calendar-override.table.js'
import type { Config } from '../config.js'
import type { OutboxAttachmentsTable, OutboxMessagesTable } from '../notifications/outbox.table.js'
import type { RateLimitsTable } from '../abuse/rate-limit.table.js'
import type { StaffAccountsTable, StaffSessionsTable } from '../staff/staff-account.table.js'
import type { SiteSettingsTable, SupervisedCourtsTable } from '../site/site-settings.table.js'
import type { ApplicantSessionsTable, TrackingAttemptsTable } from '../tracking/tracking.table.js'
import type { RecusalRequestsTable } from '../tracking/recusal.table.js'
import type { HandedDownCasesTable } from '../handed-down/handed-down.table.js'
import type { ApplicationEventsTable } from '../workflow/application-event.table.js'
import type { SupplementRequestsTable } from '../supplements/supplement.table.js'
import type { IssuedDocumentsTable } from '../documents/issued-document.table.js'
import type { ApplicationClocksTable } from '../deadlines/clock.table.js'
import type { ApplicationNotesTable } from '../review/case-note.table.js'
import type {
  CourtRepliesTable,
  RecommendationDraftsTable,
  ReviewRecordsTable,
} from '../review/review-actions.table.js'
import type {
  DocumentNumberCountersTable,
  DocumentNumberSettingsTable,
  DocumentNumberTemplatesTable,
} from '../notices/document-number.table.js'
import type { ApplicationStageCountsTable, DigestRunsTable } from '../queue/queue.table.js'
import type { MaintenanceRunsTable } from '../maintenance/maintenance-run.table.js'
import type {
  ExOfficioCaseLeadsTable,
  ExOfficioCasesTable,
} from '../ex-officio/ex-officio.table.js'
import type { LeadSettingsTable, LeadsTable, RuleResultsTable } from '../leads/lead.table.js'
import type { ExecutionInquiriesTable } from '../leads/inquiry/inquiry.table.js'
import type {
  ReferenceEntriesTable,
  ReferenceListsTable,
} from '../leads/reference/reference.table.js'
import type { ExchangeLogTable } from '../exchange/log/exchange-log.table.js'
import type { CollabTables } from '../collaboration/collab-tables.js'
import type { RetentionTables } from '../retention/retention.table.js'
import type {
  RecommendationCasesTable,
  RecommendationFollowUpsTable,
  RecommendationRepliesTable,
  RecommendationsTable,
} from '../recommendations/register.table.js'
import type {
  RecommendationMeasureEvidenceTable,
  RecommendationMeasuresDoneTable,
} from '../recommendations/measures.table.js'
import type { WithdrawalRequestsTable } from '../tracking/withdraw-request.table.js'
import type { ProcuratorateSealsTable } from '../documents/signing/seal.table.js'
import type {
  DocumentServiceEmailsTable,
  DocumentServicesTable,
} from '../service-of-documents/service.table.js'
import type {
  CourtCaseEventsTable,
  CourtCaseHistoryTable,
  CourtCaseIdentifiersTable,
  CourtCasesTable,
  CourtLedgerRowsTable,
  ExchangeBatchesTable,
  ExchangeProfilesTable,
  ExchangeRejectedRowsTable,
} from '../exchange/import/exchange-import.table.js'

export interface Database extends CollabTables, RetentionTables {
  site_settings: SiteSettingsTable
  supervised_courts: SupervisedCourtsTable
  staff_accounts: StaffAccountsTable
  staff_sessions: StaffSessionsTable
  audit_events: AuditEventsTable
  audit_chain_head: AuditChainHeadTable
  outbox_messages: OutboxMessagesTable
  rate_limits: RateLimitsTable
  outbox_attachments: OutboxAttachmentsTable
  calendar_overrides: CalendarOverridesTable
  applications: ApplicationsTable
  application_materials: ApplicationMaterialsTable
  application_drafts: ApplicationDraftsTable
  draft_files: DraftFilesTable
  tracking_attempts: TrackingAttemptsTable
  applicant_sessions: ApplicantSessionsTable
  application_events: ApplicationEventsTable
  supplement_requests: SupplementRequestsTable
  issued_documents: IssuedDocumentsTable
  recusal_requests: RecusalRequestsTable
  application_clocks: ApplicationClocksTable
  review_records: ReviewRecordsTable
  recommendation_drafts: RecommendationDraftsTable
  court_replies: CourtRepliesTable
  application_notes: ApplicationNotesTable
  document_number_counters: DocumentNumberCountersTable
  document_number_templates: DocumentNumberTemplatesTable
  document_number_settings: DocumentNumberSettingsTable
  application_stage_counts: ApplicationStageCountsTable
  digest_runs: DigestRunsTable
  maintenance_runs: MaintenanceRunsTable
  exchange_log: ExchangeLogTable
  withdrawal_requests: WithdrawalRequestsTable
  document_services: DocumentServicesTable
  document_service_emails: DocumentServiceEmailsTable
  procuratorate_seals: ProcuratorateSealsTable
  exchange_profiles: ExchangeProfilesTable
  exchange_batches: ExchangeBatchesTable
  exchange_rejected_rows: ExchangeRejectedRowsTable
  court_cases: CourtCasesTable
  court_case_identifiers: CourtCaseIdentifiersTable
  court_case_history: CourtCaseHistoryTable
  court_case_events: CourtCaseEventsTable
  court_ledger_rows: CourtLedgerRowsTable
  reference_lists: ReferenceListsTable
  reference_entries: ReferenceEntriesTable
  execution_inquiries: ExecutionInquiriesTable
  lead_settings: LeadSettingsTable
  rule_results: RuleResultsTable
  leads: LeadsTable
  ex_officio_cases: ExOfficioCasesTable
  handed_down_cases: HandedDownCasesTable
  ex_officio_case_leads: ExOfficioCaseLeadsTable
  recommendations: RecommendationsTable
  recommendation_cases: RecommendationCasesTable
  recommendation_replies: RecommendationRepliesTable
  recommendation_follow_ups: RecommendationFollowUpsTable
  recommendation_measures_done: RecommendationMeasuresDoneTable
  recommendation_measure_evidence: RecommendationMeasureEvidenceTable
}

export type Db = Kysely<Database>

export type DbHandle = {
  db: Db
  kind: 'postgres' | 'pglite'
  close(): Promise<void>
}

const OID = { INT8: 20, DATE: 1082, NUMERIC: 1700 } as const

/**
 * Both drivers return the same JS shapes: `date` and `bigint`/`numeric` as text (no silent precision
 * loss, no time-zone shift of a calendar date); `timestamptz` as Date (both drivers' default).
 */
const asText = (value: string) => value

export type DbOptions =
  { databaseUrl: string; poolSize?: number } | { pgliteDataDir: string } | { pglite: PGlite }

export function createDb(options: DbOptions): DbHandle {
  if ('databaseUrl' in options) return createPostgres(options.databaseUrl, options.poolSize ?? 10)
  const pglite = 'pglite' in options ? options.pglite : openPGlite(options.pgliteDataDir)
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) })
  return { db, kind: 'pglite', close: () => db.destroy() }
}

/** PostgreSQL when DATABASE_URL is set; otherwise the embedded PGlite under DATA_DIR/pgdata. */
export function createDbFromConfig(config: Pick<Config, 'databaseUrl' | 'dataDir'>): DbHandle {
  return createDb(
    config.databaseUrl
      ? { databaseUrl: config.databaseUrl }
      : { pgliteDataDir: path.join(config.dataDir, 'pgdata') },
  )
}

export function openPGlite(dataDir: string | undefined, loadDataDir?: Blob): PGlite {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true })
  // Options object form: `new PGlite(undefined, options)` silently drops the options.
  return new PGlite({
    ...(dataDir ? { dataDir } : {}),
    parsers: { [OID.INT8]: asText, [OID.DATE]: asText, [OID.NUMERIC]: asText },
    ...(loadDataDir ? { loadDataDir } : {}),
  })
}

function createPostgres(connectionString: string, max: number): DbHandle {
  const typeOverrides = new pg.TypeOverrides()
  typeOverrides.setTypeParser(OID.INT8, asText)
  typeOverrides.setTypeParser(OID.DATE, asText)
  typeOverrides.setTypeParser(OID.NUMERIC, asText)
  const pool = new pg.Pool({
    connectionString,
    max,
    types: typeOverrides,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  })
  // An idle client losing its server (database restart) emits here; without a listener the process
  // would crash. The pool drops that client and the next query opens a fresh connection.
  pool.on('error', () => {})
  pool.on('connect', sendPreparedByName)
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return { db, kind: 'postgres', close: () => db.destroy() }
}

/**
 * A statement PostgreSQL parses and plans once per pooled connection (a named prepared statement)
 * instead of on every call: for the status page's one query, planning costs several times more than
 * running it. `name` must stay with one statement text. On PGlite the mark is only a comment.
 * A migration that changes the columns such a statement returns needs the app restarted: PostgreSQL
 * refuses a kept plan whose result type changed.
 */
export function prepared<T>(name: string, query: RawBuilder<T>): RawBuilder<T> {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`invalid statement name ${name}`)
  return sql<T>`/* prepared:${sql.raw(name)} */ ${query}`
}

const PREPARED_MARK = /^\/\* prepared:([a-z][a-z0-9_]*) \*\//

/** Kysely sends (text, values); a text marked by prepared() goes under its name instead. */
function sendPreparedByName(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  const byName = (...args: unknown[]) => {
    const [text, values] = args
    const name =
      typeof text === 'string' && Array.isArray(values) ? PREPARED_MARK.exec(text)?.[1] : undefined
    return name ? query({ name, text, values }) : query(...args)
  }
  client.query = byName as typeof client.query
}

/** Readiness probe: true when a trivial query answers within the time limit. */
export async function pingDb(db: Db, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs)
  })
  try {
    const ping = sql<{ ok: number }>`select 1 as ok`.execute(db).then((r) => r.rows[0]?.ok === 1)
    return await Promise.race([ping, timeout])
  } catch {
    return false
  } finally {
    clearTimeout(timer)
  }
}
