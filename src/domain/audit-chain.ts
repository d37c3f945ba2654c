// The audit trail is a hash chain: each event's hash covers its content and the previous
// event's hash, so altering or deleting any event breaks every hash after it.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedEvent {
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
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

/** JSON with object keys sorted, so the same content always hashes the same (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function eventHash(prevHash: string, event: ChainedEvent): string {
  const content = canonicalJson([
    event.seq,
    event.occurredAt.toISOString(),
    event.actorUserId,
    event.actorUsername,
    event.action,
    event.outcome,
    event.entityType,
    event.entityId,
    event.personId,
    event.purpose,
    event.ip,
    event.requestId,
    event.details,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

export type ChainProblem =
  | { kind: 'gap'; expectedSeq: number; foundSeq: number }
  | { kind: 'broken_link'; seq: number }
  | { kind: 'altered'; seq: number }
  /** The chain ends before the recorded head: events were cut off the end. */
  | { kind: 'truncated'; lastSeq: number; headSeq: number };

/** Checks one stored event against the chain so far; returns the problem or null. */
export function checkLink(
  expectedSeq: number,
  prevHash: string,
  stored: ChainedEvent & { prevHash: string; hash: string },
): ChainProblem | null {
  if (stored.seq !== expectedSeq) return { kind: 'gap', expectedSeq, foundSeq: stored.seq };
  if (stored.prevHash !== prevHash) return { kind: 'broken_link', seq: stored.seq };
  if (eventHash(prevHash, stored) !== stored.hash) return { kind: 'altered', seq: stored.seq };
  return null;
}
