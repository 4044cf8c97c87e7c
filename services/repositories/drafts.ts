// Drafts and what hangs off them: targets, findings, approvals, publications.

import { randomUUID } from 'node:crypto';
import { type DraftLike, versionContent } from '../domain/draft-changes.ts';
import { AppError } from '../domain/errors.ts';
import { type DraftState, Prisma, type Role, type Severity } from '../generated/prisma/client.ts';
import { type AuditEntry, pendingAuditInsert } from './audit.ts';
import type { Db } from './db.ts';

const detail = {
  targets: { select: { accountId: true } },
  findings: { orderBy: [{ severity: 'asc' }, { spanStart: 'asc' }] },
  approvals: { where: { voidedAt: null }, orderBy: { createdAt: 'desc' }, take: 1 },
  publications: { orderBy: { createdAt: 'asc' } },
  media: { orderBy: { position: 'asc' }, include: { links: true } },
  author: { select: { name: true } },
} satisfies Prisma.DraftInclude;

export type DraftDetail = Prisma.DraftGetPayload<{ include: typeof detail }>;

export interface NewDraft {
  schoolId: string;
  authorId: string;
  text: string;
  scheduledAt: Date | null;
  accountIds: string[];
  contentHash: string;
}

export function createDraft(tx: Db, draft: NewDraft) {
  return tx.draft.create({
    data: {
      schoolId: draft.schoolId,
      authorId: draft.authorId,
      text: draft.text,
      scheduledAt: draft.scheduledAt,
      contentHash: draft.contentHash,
      editorIds: [draft.authorId],
      targets: { create: draft.accountIds.map((accountId) => ({ accountId })) },
    },
    include: detail,
  });
}

export const findDraft = (db: Db, id: string) => db.draft.findUnique({ where: { id }, include: detail });

/** Only what the checks read: they run on every submit, so every query counts. */
export const findDraftToCheck = (db: Db, id: string) =>
  db.draft.findUnique({
    where: { id },
    select: {
      id: true,
      schoolId: true,
      state: true,
      contentHash: true,
      updatedAt: true,
      text: true,
      scheduledAt: true,
      targets: { select: { account: { select: { platform: true } } } },
      media: {
        orderBy: { position: 'asc' },
        select: { state: true, altText: true, source: true, sourceNote: true },
      },
    },
  });

export function listDrafts(db: Db, filter: { schoolIds: string[]; state?: DraftState; authorId?: string }) {
  return db.draft.findMany({
    where: {
      schoolId: { in: filter.schoolIds },
      ...(filter.state ? { state: filter.state } : {}),
      ...(filter.authorId ? { authorId: filter.authorId } : {}),
    },
    include: detail,
    orderBy: { updatedAt: 'desc' },
    take: 500,
  });
}

export interface ContentChange {
  text: string;
  scheduledAt: Date | null;
  accountIds: string[];
  contentHash: string;
  editorId: string;
  state: DraftState;
}

export async function updateDraftContent(tx: Db, id: string, change: ContentChange) {
  await tx.draftTarget.deleteMany({ where: { draftId: id } });
  return tx.draft.update({
    where: { id },
    data: {
      text: change.text,
      scheduledAt: change.scheduledAt,
      contentHash: change.contentHash,
      state: change.state,
      editorIds: { push: change.editorId },
      targets: { create: change.accountIds.map((accountId) => ({ accountId })) },
    },
    include: detail,
  });
}

export const draftChanged = () =>
  new AppError('conflict', 'The draft changed while this was happening; try again.');

/**
 * Compare-and-set on the state, so two workers (or a worker and a person) racing on one
 * draft cannot both move it: the loser gets a conflict and its transaction rolls back.
 */
export async function setDraftState(tx: Db, id: string, from: DraftState, to: DraftState): Promise<void> {
  const { count } = await tx.draft.updateMany({ where: { id, state: from }, data: { state: to } });
  if (count !== 1) throw draftChanged();
}

export interface NewFinding {
  ruleId: string;
  category: string;
  severity: Severity;
  clause: string;
  message: string;
  suggestion?: string | undefined;
  span?: [number, number] | undefined;
}

/** A statement written with a draft's move: only `moveDraft` runs it, reading the row from `moved`. */
export type AlongsideMove = Prisma.Sql & { readonly alongsideMove: true };
const alongsideMove = (sql: Prisma.Sql) => sql as AlongsideMove;

export interface DraftMove {
  draftId: string;
  from: DraftState;
  /**
   * The draft as the use-case read it: the move holds only if nobody has written the draft since
   * (every write stamps updatedAt). Left out where the state alone matters (a withdrawal).
   */
  read?: { updatedAt: Date; contentHash: string };
  /** Whether a photo was with the scanner when read, where the decision rests on that. */
  photosPending?: boolean;
  to: DraftState;
  audit: AuditEntry[];
}

/**
 * A move of a draft in one statement, for the paths every post takes (submit, checks), where
 * each round trip costs the process and the database alike: compare-and-set on what was read,
 * the statements in `also`, and the audit events; all of it, or nothing when someone changed the
 * draft meanwhile. Says whether it moved.
 */
export async function moveDraft(db: Db, move: DraftMove, also: AlongsideMove[] = []): Promise<boolean> {
  const { draftId, read } = move;
  const unchanged = read
    ? Prisma.sql`AND "updatedAt" = ${read.updatedAt.toISOString()}::timestamp AND "contentHash" = ${read.contentHash}`
    : Prisma.empty;
  // The photos are locked for the statement, so the scanner cannot finish one between the
  // check's read and its write (a waiting lock reads the photo as the scanner left it).
  const [lockPhotos, photosAsRead] =
    move.photosPending === undefined
      ? [Prisma.empty, Prisma.empty]
      : [
          Prisma.sql`photos AS (SELECT state FROM "Media" WHERE "draftId" = ${draftId} FOR SHARE),`,
          Prisma.sql`AND EXISTS (SELECT 1 FROM photos WHERE state = 'PENDING') = ${move.photosPending}`,
        ];
  const alongside = [...also, pendingAuditInsert(move.audit, Prisma.sql`EXISTS (SELECT 1 FROM moved)`)];
  // Sibling statements share one snapshot: a DELETE in `also` cannot see rows another adds.
  const rows = await db.$queryRaw<{ moved: number }[]>`
    WITH ${lockPhotos} moved AS (
      UPDATE "Draft" SET state = ${move.to}::"DraftState", "updatedAt" = ${new Date().toISOString()}::timestamp
      WHERE id = ${draftId} AND state = ${move.from}::"DraftState" ${unchanged} ${photosAsRead}
      RETURNING id
    ), ${Prisma.join(
      alongside.map((statement, i) => Prisma.sql`${Prisma.raw(`also${i}`)} AS (${statement})`),
      ', ',
    )}
    SELECT count(*)::int AS moved FROM moved`;
  return rows[0]?.moved === 1;
}

/** Findings describe one version of the content: a re-check replaces them all, with the move. */
export function findingsReplaced(contentHash: string, findings: NewFinding[]): AlongsideMove[] {
  const col = <T>(f: (finding: NewFinding) => T) => findings.map(f);
  return [
    alongsideMove(Prisma.sql`DELETE FROM "Finding" WHERE "draftId" IN (SELECT id FROM moved)`),
    alongsideMove(Prisma.sql`
      INSERT INTO "Finding" (id, "draftId", "contentHash", "ruleId", category, severity, clause, message,
        suggestion, "spanStart", "spanEnd")
      SELECT f.id, moved.id, ${contentHash}, f.rule, f.category, f.severity::"Severity", f.clause, f.message,
        f.suggestion, f.start, f.end
      FROM moved, unnest(${col(() => randomUUID())}::text[], ${col((f) => f.ruleId)}::text[],
        ${col((f) => f.category)}::text[], ${col((f) => f.severity)}::text[], ${col((f) => f.clause)}::text[],
        ${col((f) => f.message)}::text[], ${col((f) => f.suggestion ?? null)}::text[],
        ${col((f) => f.span?.[0] ?? null)}::int[], ${col((f) => f.span?.[1] ?? null)}::int[])
        AS f(id, rule, category, severity, clause, message, suggestion, start, "end")`),
  ];
}

/** The draft as it is now saved as its next version, numbered after the versions before it. */
export function versionRecorded(
  draft: DraftLike & { id: string; contentHash: string },
  submittedById: string,
): AlongsideMove {
  const content = versionContent(draft);
  return alongsideMove(Prisma.sql`
    INSERT INTO "DraftVersion" (id, "draftId", number, text, "accountIds", "scheduledAt", media, "contentHash",
      "submittedById")
    SELECT ${randomUUID()}, moved.id,
      (SELECT coalesce(max(number), 0) + 1 FROM "DraftVersion" WHERE "draftId" = moved.id),
      ${content.text}, ${content.accountIds}::text[], ${draft.scheduledAt?.toISOString() ?? null}::timestamp,
      ${JSON.stringify(content.media)}::jsonb, ${draft.contentHash}, ${submittedById}
    FROM moved`);
}

export function createApproval(
  tx: Db,
  approval: {
    draftId: string;
    approverId: string;
    contentHash: string;
    acknowledged: string[];
    role: Role;
  },
) {
  return tx.approval.create({ data: approval });
}

/** Returns how many approvals were voided. */
export async function voidApprovals(tx: Db, draftId: string): Promise<number> {
  const { count } = await tx.approval.updateMany({
    where: { draftId, voidedAt: null },
    data: { voidedAt: new Date() },
  });
  return count;
}

/** Drafts whose state says a job is due; the sweep re-enqueues these. */
export function findDraftsInStates(db: Db, states: DraftState[], take = 1000) {
  return db.draft.findMany({
    where: { state: { in: states } },
    select: { id: true, state: true, contentHash: true },
    take,
  });
}

/** Serialises concurrent finishers of one draft (e.g. its last two publications). */
export async function lockDraft(tx: Db, id: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Draft" WHERE id = ${id} FOR UPDATE`;
}

/** A school's drafts in these states with their accounts' platforms, for consent re-examination. */
export const draftsWithPlatforms = (db: Db, schoolId: string, states: DraftState[]) =>
  db.draft.findMany({
    where: { schoolId, state: { in: states } },
    select: {
      id: true,
      schoolId: true,
      state: true,
      text: true,
      contentHash: true,
      targets: { select: { account: { select: { platform: true } } } },
    },
  });

/** A new content hash; an author's change also makes them an editor (who may not approve). */
export const setContentHash = (tx: Db, id: string, contentHash: string, editorId: string | null) =>
  tx.draft.update({
    where: { id },
    data: { contentHash, ...(editorId ? { editorIds: { push: editorId } } : {}) },
  });
