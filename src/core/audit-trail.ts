import type { Kysely, Transaction } from 'kysely';
import type { Database, AuditEventRow } from '../db/schema.ts';
import {
  checkLink,
  eventHash,
  GENESIS_HASH,
  type ChainedEvent,
  type ChainProblem,
} from '../domain/audit-chain.ts';
import {
  eventsAfter,
  findEvents,
  insertEvents,
  readChainHead,
  reserveChainHead,
  type AuditQuery,
} from './audit-trail.repository.ts';

/** What a use case records; the chain fields are added when the trail is appended. */
export type AuditInput = Omit<ChainedEvent, 'seq' | 'occurredAt'>;

/** Appends events to the chain inside the caller's transaction (they commit or vanish with it). */
export async function appendAuditEvents(
  trx: Transaction<Database>,
  inputs: readonly AuditInput[],
): Promise<void> {
  if (inputs.length === 0) return;
  const head = await reserveChainHead(trx, inputs.length);
  let seq = head.seq;
  let prevHash = head.hash;
  const occurredAt = new Date();
  const chained = inputs.map((input) => {
    seq += 1;
    const event: ChainedEvent = { ...input, seq, occurredAt };
    const hash = eventHash(prevHash, event);
    const row = { ...event, prevHash, hash };
    prevHash = hash;
    return row;
  });
  await insertEvents(trx, chained);
}

function toChained(row: AuditEventRow): ChainedEvent & { prevHash: string; hash: string } {
  return {
    seq: row.seq,
    occurredAt: row.occurred_at,
    actorUserId: row.actor_user_id,
    actorUsername: row.actor_username,
    action: row.action,
    outcome: row.outcome,
    entityType: row.entity_type,
    entityId: row.entity_id,
    personId: row.person_id,
    purpose: row.purpose,
    ip: row.ip,
    requestId: row.request_id,
    details: row.details,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  headSeq: number;
  headHash: string;
  problem?: ChainProblem;
}

/** Walks the whole trail in pages; reports the first event that breaks the chain. */
export async function verifyAuditChain(
  db: Kysely<Database>,
  onProgress?: (checked: number) => void,
): Promise<VerifyResult> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const page = await eventsAfter(db, expectedSeq - 1, 5000);
    if (page.length === 0) break;
    for (const row of page) {
      const problem = checkLink(expectedSeq, prevHash, toChained(row));
      if (problem) return { ok: false, checked, headSeq: expectedSeq - 1, headHash: prevHash, problem };
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    onProgress?.(checked);
  }
  const head = await readChainHead(db);
  if (head && (head.seq !== expectedSeq - 1 || head.hash !== prevHash)) {
    return {
      ok: false,
      checked,
      headSeq: expectedSeq - 1,
      headHash: prevHash,
      problem: { kind: 'truncated', lastSeq: expectedSeq - 1, headSeq: head.seq },
    };
  }
  return { ok: true, checked, headSeq: expectedSeq - 1, headHash: prevHash };
}

export interface AuditEventView {
  seq: number;
  occurredAt: string;
  actorUsername: string | null;
  action: string;
  outcome: 'success' | 'denied';
  entityType: string;
  entityId: string | null;
  personId: string | null;
  purpose: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export async function listAuditEvents(db: Kysely<Database>, query: AuditQuery): Promise<AuditEventView[]> {
  const rows = await findEvents(db, query);
  return rows.map((r) => ({
    seq: r.seq,
    occurredAt: r.occurred_at.toISOString(),
    actorUsername: r.actor_username,
    action: r.action,
    outcome: r.outcome,
    entityType: r.entity_type,
    entityId: r.entity_id,
    personId: r.person_id,
    purpose: r.purpose,
    ip: r.ip,
    requestId: r.request_id,
    details: r.details,
  }));
}
