// How one consent record moves when a file (or a person) states what consent is now. Pure:
// the same statement about the same record gives no change, so re-importing a file is a no-op.
import type { PlatformName } from '../../policies/types.ts';
import type { ImportedConsent } from './consent-csv.ts';
import { type ConsentPurpose, type ConsentRecordView, narrows } from './consent-rules.ts';

/** The fields of a record that carry meaning; what the audit trail shows as old -> new. */
export interface RecordState {
  platforms: PlatformName[];
  grantedAt: Date | null;
  withdrawnAt: Date | null;
  expiresAt: Date | null;
}

export interface RecordChange {
  purpose: ConsentPurpose;
  before?: RecordState;
  after: RecordState;
  /** Some platform allowed this purpose before and no longer does. */
  lost: boolean;
}

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

export const sameRecord = (a: RecordState, b: RecordState) =>
  a.platforms.join() === b.platforms.join() &&
  sameTime(a.grantedAt, b.grantedAt) &&
  sameTime(a.withdrawnAt, b.withdrawnAt) &&
  sameTime(a.expiresAt, b.expiresAt);

/** The record after a statement, or the record as it was when the statement changes nothing. */
export function stated(before: RecordState | undefined, statement: ImportedConsent, now: Date): RecordState {
  const platforms = [...statement.platforms].sort();
  const continuing = !!before?.grantedAt && !before.withdrawnAt;
  if (!statement.granted) {
    if (continuing) return { ...before!, withdrawnAt: now };
    return (
      before ?? { platforms, grantedAt: null, withdrawnAt: null, expiresAt: statement.expiresAt ?? null }
    );
  }
  if (continuing) {
    // The same grant goes on; an expiry that has passed is lifted unless the file restates it.
    const lapsed = before!.expiresAt && before!.expiresAt <= now ? null : before!.expiresAt;
    return {
      platforms,
      grantedAt: statement.grantedOn ?? before!.grantedAt,
      withdrawnAt: null,
      expiresAt: statement.expiresAt !== undefined ? statement.expiresAt : lapsed,
    };
  }
  return {
    platforms,
    grantedAt: statement.grantedOn ?? now,
    withdrawnAt: null,
    expiresAt: statement.expiresAt ?? null,
  };
}

/** The record of someone who has left: consent still running ends now. */
export function leaving(before: RecordState, now: Date): RecordState {
  const running = before.grantedAt && !before.withdrawnAt && !(before.expiresAt && before.expiresAt <= now);
  return running ? { ...before, expiresAt: now } : before;
}

/** Withdrawal by hand: the whole purpose, or just some platforms (the rest stay granted). */
export function withdrawn(
  before: RecordState,
  platforms: PlatformName[] | undefined,
  all: readonly PlatformName[],
  now: Date,
): RecordState {
  if (!platforms?.length)
    return before.grantedAt && !before.withdrawnAt ? { ...before, withdrawnAt: now } : before;
  const covered = before.platforms.length ? before.platforms : all;
  const remaining = covered.filter((p) => !platforms.includes(p));
  return remaining.length ? { ...before, platforms: remaining } : withdrawn(before, undefined, all, now);
}

/** A change if the record moves; undefined if it stays exactly as it is. */
export function changeOf(
  purpose: ConsentPurpose,
  before: RecordState | undefined,
  after: RecordState,
  now: Date,
): RecordChange | undefined {
  if (before && sameRecord(before, after)) return undefined;
  const view = (r: RecordState): ConsentRecordView => ({ purpose, ...r });
  return {
    purpose,
    ...(before ? { before } : {}),
    after,
    lost: narrows(before && view(before), view(after), now),
  };
}
