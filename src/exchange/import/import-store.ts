import type { FieldCrypto } from '../../crypto/field-encryption.js'
import type { Db } from '../../db/database.js'
import { upsertCaseChunk, type BatchRef } from './case-upsert.js'
import { findCaseIds, insertEvents, insertLedgerRows } from './court-case.repository.js'
import { rowHash } from './court-case-fields.js'
import {
  orphanReason,
  type CaseRecord,
  type EventRecord,
  type LedgerRecord,
  type Rejection,
} from './row-records.js'

/** Rows per INSERT and per lookup: memory and statement size stay bounded whatever the file. */
export const CHUNK = 1000

export type StoreCounts = {
  newCases: number
  updatedCases: number
  unchangedCases: number
  newEvents: number
  repeatedEvents: number
  newLedgerRows: number
  repeatedLedgerRows: number
  rejected: number
}

/**
 * Writes one confirmed batch inside the caller's transaction, a chunk at a time: cases are upserted
 * by (court, 案号) — a changed field is updated and its old and new value kept in the history with
 * this batch; an identical row is left alone — then events and ledger rows, which are skipped when
 * the same content is already stored for the case.
 */
export class ImportStore {
  readonly counts: StoreCounts = {
    newCases: 0,
    updatedCases: 0,
    unchangedCases: 0,
    newEvents: 0,
    repeatedEvents: 0,
    newLedgerRows: 0,
    repeatedLedgerRows: 0,
    rejected: 0,
  }
  private cases: CaseRecord[] = []
  private events: EventRecord[] = []
  private ledger: LedgerRecord[] = []
  private rejections: Rejection[] = []

  constructor(
    private readonly db: Db,
    private readonly crypto: FieldCrypto,
    private readonly batch: BatchRef,
  ) {}

  /** The write in flight: the file is read on while PostgreSQL stores the previous chunk. */
  private pending: Promise<void> = Promise.resolve()

  async addCase(r: CaseRecord) {
    this.cases.push(r)
    if (this.cases.length >= CHUNK) await this.enqueue(this.takeCases())
  }
  async addEvent(r: EventRecord) {
    // every case read so far is stored before an event may look it up
    if (this.cases.length > 0) await this.enqueue(this.takeCases())
    this.events.push(r)
    if (this.events.length >= CHUNK) await this.enqueue(this.takeEvents())
  }
  async addLedger(r: LedgerRecord) {
    if (this.cases.length > 0) await this.enqueue(this.takeCases())
    this.ledger.push(r)
    if (this.ledger.length >= CHUNK) await this.enqueue(this.takeLedger())
  }
  async addRejection(r: Rejection) {
    this.noteRejection(r)
    if (this.rejections.length >= CHUNK) await this.enqueue(this.takeRejections())
  }

  async flush() {
    await this.enqueue(this.takeCases())
    await this.enqueue(this.takeEvents())
    await this.enqueue(this.takeLedger())
    await this.pending
    // the last writes may have refused rows whose case is unknown
    await this.enqueue(this.takeRejections())
    await this.pending
  }

  /**
   * Starts a write once the previous one has finished, without waiting for it: one chunk is read
   * while the last is stored, and no more than one write is ever in flight, so memory stays bounded.
   * A failed write surfaces at the next enqueue or at flush(), and the transaction rolls back.
   */
  private async enqueue(write: () => Promise<void>) {
    await this.pending
    const next = write()
    next.catch(() => undefined)
    this.pending = next
  }

  private noteRejection(r: Rejection) {
    this.counts.rejected += 1
    this.rejections.push(r)
  }

  private takeCases() {
    const chunk = this.cases
    this.cases = []
    return () => this.flushCases(chunk)
  }
  private takeEvents() {
    const chunk = this.events
    this.events = []
    return () => this.flushEvents(chunk)
  }
  private takeLedger() {
    const chunk = this.ledger
    this.ledger = []
    return () => this.flushLedger(chunk)
  }
  private takeRejections() {
    const chunk = this.rejections
    this.rejections = []
    return () => this.flushRejections(chunk)
  }

  private async flushCases(chunk: CaseRecord[]) {
    if (chunk.length === 0) return
    const ctx = { db: this.db, crypto: this.crypto, batch: this.batch, counts: this.counts }
    const ids = await upsertCaseChunk(ctx, chunk)
    // the flat layout's measure dates, now that every case of the chunk has its id
    await this.storeEvents(
      chunk.flatMap((r) => r.flatEvents.map((e) => ({ e, id: ids.get(r.caseNo)! }))),
    )
  }

  private async flushEvents(chunk: EventRecord[]) {
    if (chunk.length === 0) return
    const ids = await findCaseIds(this.db, this.batch.court, [
      ...new Set(chunk.map((e) => e.caseNo)),
    ])
    const known: { e: EventRecord; id: string }[] = []
    for (const e of chunk) {
      const id = ids.get(e.caseNo)
      if (id) known.push({ e, id })
      else this.noteRejection(orphan(e))
    }
    await this.storeEvents(known)
  }

  /** Flat rows carry several events each: inserted CHUNK at a time (PostgreSQL's 65,535 parameters). */
  private async storeEvents(rows: { e: EventRecord; id: string }[]) {
    for (let i = 0; i < rows.length; i += CHUNK)
      await this.storeEventChunk(rows.slice(i, i + CHUNK))
  }

  private async storeEventChunk(rows: { e: EventRecord; id: string }[]) {
    const fresh = await insertEvents(
      this.db,
      rows.map(({ e, id }) => ({
        case_id: id,
        event_type: e.eventType,
        event_label: e.eventLabel,
        party: e.party,
        event_date: e.date,
        end_date: e.endDate,
        amount: e.amount,
        scope: e.scope,
        result: e.result,
        note: e.note,
        content_hash: rowHash([
          e.eventType,
          e.eventLabel,
          e.party,
          e.date,
          e.endDate,
          e.amount,
          e.scope,
          e.result,
          e.note,
        ]),
        batch_id: this.batch.id,
        source_sheet: e.sheet,
        source_row: e.row,
      })),
    )
    this.counts.newEvents += fresh
    this.counts.repeatedEvents += rows.length - fresh
  }

  private async flushLedger(chunk: LedgerRecord[]) {
    if (chunk.length === 0) return
    const ids = await findCaseIds(this.db, this.batch.court, [
      ...new Set(chunk.map((e) => e.caseNo)),
    ])
    const known: { l: LedgerRecord; id: string }[] = []
    for (const l of chunk) {
      const id = ids.get(l.caseNo)
      if (id) known.push({ l, id })
      else this.noteRejection(orphan(l))
    }
    const fresh = await insertLedgerRows(
      this.db,
      known.map(({ l, id }) => ({
        case_id: id,
        txn_no: l.txnNo,
        direction: l.direction,
        txn_date: l.date,
        amount: l.amount,
        counterparty: l.counterparty,
        channel: l.channel,
        defer_reason: l.deferReason,
        defer_days: l.deferDays,
        content_hash: rowHash([
          l.txnNo,
          l.direction,
          l.date,
          l.amount,
          l.counterparty,
          l.channel,
          l.deferReason,
          l.deferDays,
        ]),
        batch_id: this.batch.id,
        source_sheet: l.sheet,
        source_row: l.row,
      })),
    )
    this.counts.newLedgerRows += fresh
    this.counts.repeatedLedgerRows += known.length - fresh
  }

  private async flushRejections(chunk: Rejection[]) {
    if (chunk.length === 0) return
    await this.db
      .insertInto('exchange_rejected_rows')
      .values(
        chunk.map((r) => ({
          batch_id: this.batch.id,
          sheet: r.sheet,
          row_number: r.row,
          reason: r.reason,
          raw: JSON.stringify(r.raw),
        })),
      )
      .onConflict((oc) => oc.columns(['batch_id', 'sheet', 'row_number']).doNothing())
      .execute()
  }
}

function orphan(r: { sheet: string; row: number; caseNo: string }): Rejection {
  return {
    sheet: r.sheet,
    row: r.row,
    reason: orphanReason(r.caseNo),
    raw: [],
  }
}
