// The audit trail: append-only (the database refuses UPDATE/DELETE) and hash-chained, so a
// changed, removed or reordered event is detectable afterwards by `gatepost audit verify`.
import { createHash } from 'node:crypto';
import { Prisma } from '../generated/prisma/client.ts';
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

const sha256 = (...parts: string[]) =>
  parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest('hex');

function eventBody(event: AuditEntry & { at: Date }): string {
  return JSON.stringify([
    event.at.toISOString(),
    event.schoolId,
    event.actorId,
    event.action,
    event.subjectType,
    event.subjectId,
    canonical(JSON.parse(JSON.stringify(event.data ?? {}))),
  ]);
}

/** What the event says, hashed; written with it so the database can chain it at commit. */
export const eventDigest = (event: AuditEntry & { at: Date }) => sha256(eventBody(event));

/** The chain link, as the database's audit_seal_pending trigger computes it. */
export const eventHash = (prevHash: string, event: AuditEntry & { at: Date }) =>
  sha256(prevHash, eventDigest(event));

// Events chained before the database took over the chaining hashed the body directly.
const legacyEventHash = (prevHash: string, event: AuditEntry & { at: Date }) =>
  sha256(prevHash, eventBody(event));

// Appends made inside `inTransaction` wait here and are written together just before the
// commit: one INSERT per transaction however many events it records.
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
  subjectType?: string;
  subjectId?: string;
  action?: string;
  actions?: string[];
  from?: Date;
  to?: Date;
  limit?: number;
}

export function listAudit(db: Db, filter: AuditFilter) {
  return db.auditEvent.findMany({
    where: {
      ...(filter.schoolIds ? { schoolId: { in: filter.schoolIds } } : {}),
      ...(filter.subjectType ? { subjectType: filter.subjectType } : {}),
      ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.actions ? { action: { in: filter.actions } } : {}),
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
      if (eventHash(prevHash, entry) !== event.hash && legacyEventHash(prevHash, entry) !== event.hash) {
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
 * The INSERT that puts events in AuditPending, in order, for `appendAuditMany` or for a
 * use-case writing its change and its events in one statement; `when` lets that statement
 * record them only if its change happened.
 */
export function pendingAuditInsert(entries: AuditEntry[], when: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  const at = new Date();
  const col = <T>(f: (e: AuditEntry) => T) => entries.map(f);
  // One INSERT from arrays, in order (ORDER BY ordinality), so ids follow the order written.
  return Prisma.sql`
    INSERT INTO "AuditPending" (at, "schoolId", "actorId", action, "subjectType", "subjectId", data, digest)
    SELECT ${at.toISOString()}::timestamp, school, actor, action, stype, sid, data::jsonb, digest
    FROM unnest(${col((e) => e.schoolId)}::text[], ${col((e) => e.actorId)}::text[], ${col((e) => e.action)}::text[],
      ${col((e) => e.subjectType)}::text[], ${col((e) => e.subjectId)}::text[], ${col((e) => JSON.stringify(e.data ?? {}))}::text[],
      ${col((e) => eventDigest({ ...e, at }))}::text[])
      WITH ORDINALITY AS t(school, actor, action, stype, sid, data, digest, n)
    WHERE ${when}
    ORDER BY n`;
}

/**
 * Many events at once (an import touching thousands of people), in order. Must run inside the
 * transaction that made the changes: they wait in AuditPending and join the chain when it
 * commits (see the audit_seal_pending trigger), or vanish with it if it rolls back.
 */
export async function appendAuditMany(tx: Prisma.TransactionClient, entries: AuditEntry[]): Promise<void> {
  if (entries.length > 0) await tx.$executeRaw(pendingAuditInsert(entries));
}
