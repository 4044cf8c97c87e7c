// The audit trail: append-only (the database refuses UPDATE/DELETE) and hash-chained, so a
// changed, removed or reordered event is detectable afterwards by `gatepost audit verify`.
import { createHash } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export interface AuditEntry {
  schoolId: string | null;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
}

export const GENESIS = '0'.repeat(64);
// One chain for the installation: appends take this lock so each sees its predecessor.
const CHAIN_LOCK = 74_200_001;

/**
 * The data as PostgreSQL gives it back: jsonb keeps keys in its own order (shortest first), not
 * the order they were written in, so the hash covers the keys sorted and undefined values dropped.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return Object.fromEntries(
      entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export function eventHash(prevHash: string, event: AuditEntry & { at: Date }): string {
  const body = JSON.stringify([
    event.at.toISOString(),
    event.schoolId,
    event.actorId,
    event.action,
    event.subjectType,
    event.subjectId,
    canonical(JSON.parse(JSON.stringify(event.data ?? {}))),
  ]);
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

// Appends made inside `inTransaction` wait here and are written together just before the
// commit: the chain lock is then held for one INSERT, not for the whole transaction, so
// transactions of different drafts do not queue behind each other's work.
const deferred = new WeakMap<object, AuditEntry[]>();

export const deferAudits = (tx: Prisma.TransactionClient) => deferred.set(tx, []);

export async function flushAudits(tx: Prisma.TransactionClient): Promise<void> {
  const entries = deferred.get(tx) ?? [];
  deferred.delete(tx);
  await appendAuditMany(tx, entries);
}

/** Must run inside the transaction that made the change it records. */
export async function appendAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  const queue = deferred.get(tx);
  if (queue) queue.push(entry);
  else await appendAuditMany(tx, [entry]);
}

export interface AuditFilter {
  schoolIds?: string[];
  subjectId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  limit?: number;
}

export function listAudit(db: Db, filter: AuditFilter) {
  return db.auditEvent.findMany({
    where: {
      ...(filter.schoolIds ? { schoolId: { in: filter.schoolIds } } : {}),
      ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.from || filter.to ? { at: { gte: filter.from, lte: filter.to } } : {}),
    },
    orderBy: { seq: 'desc' },
    take: filter.limit ?? 500,
  });
}

/** Walks the chain in order; returns the first event whose link or content is broken. */
export async function verifyAuditChain(db: Db, pageSize = 2000) {
  let prevHash = GENESIS;
  let after: bigint | undefined;
  let checked = 0;
  for (;;) {
    const page = await db.auditEvent.findMany({
      where: after === undefined ? {} : { seq: { gt: after } },
      orderBy: { seq: 'asc' },
      take: pageSize,
    });
    for (const event of page) {
      const entry = { ...event, data: event.data as Record<string, unknown> };
      if (event.prevHash !== prevHash) return { ok: false as const, checked, broken: event, reason: 'link' };
      if (eventHash(prevHash, entry) !== event.hash) {
        return { ok: false as const, checked, broken: event, reason: 'content' };
      }
      prevHash = event.hash;
      checked++;
    }
    if (page.length < pageSize) return { ok: true as const, checked };
    after = page.at(-1)?.seq;
  }
}

/**
 * Many events at once (an import touching thousands of people), chained exactly as appending
 * them one by one would. Must run inside the transaction that made the changes.
 */
export async function appendAuditMany(tx: Prisma.TransactionClient, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { hash: true } });
  const first = last?.hash ?? GENESIS;
  let prevHash = first;
  const at = new Date(Math.floor(Date.now()));
  const hashes = entries.map((entry) => {
    prevHash = eventHash(prevHash, { ...entry, at });
    return prevHash;
  });
  const col = <T>(f: (e: AuditEntry, i: number) => T) => entries.map(f);
  // One INSERT from arrays, in order (ORDER BY ordinality), so seq follows the chain.
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" (at, "schoolId", "actorId", action, "subjectType", "subjectId", data, "prevHash", hash)
    SELECT ${at.toISOString()}::timestamp, school, actor, action, stype, sid, data::jsonb, prev, hash
    FROM unnest(${col((e) => e.schoolId)}::text[], ${col((e) => e.actorId)}::text[], ${col((e) => e.action)}::text[],
      ${col((e) => e.subjectType)}::text[], ${col((e) => e.subjectId)}::text[], ${col((e) => JSON.stringify(e.data ?? {}))}::text[],
      ${col((_, i) => (i === 0 ? first : hashes[i - 1]!))}::text[], ${hashes}::text[])
      WITH ORDINALITY AS t(school, actor, action, stype, sid, data, prev, hash, n)
    ORDER BY n`;
}
