// Consent that simply runs out (an expiry date, a leaver's last day) has the same consequences
// as a withdrawal once its time comes. The sweep calls this; each record is handled once.
import { forgetTextChecker } from '../checks/school-checker.ts';
import type { Services } from '../context.ts';
import { appendAuditMany } from '../repositories/audit.ts';
import {
  consentsOfPupils,
  lapsedRecords,
  lockSchoolConsent,
  markLapseHandled,
  recordView,
  setRosterFlags,
} from '../repositories/consent.ts';
import { inTransaction } from '../repositories/db.ts';
import { announceConsentEffects, applyConsentLoss } from './consent-loss.ts';
import { rosterFlags } from './consent-rules.ts';

/** Returns how many records lapsed. */
export async function applyConsentLapses(services: Services, now = new Date()): Promise<number> {
  const due = await lapsedRecords(services.db, now);
  let count = 0;
  for (const schoolId of new Set(due.map((r) => r.schoolId))) {
    const outcome = await inTransaction(services.db, async (tx) => {
      await lockSchoolConsent(tx, schoolId);
      // Read again under the lock: another worker may have handled them meanwhile.
      const records = await lapsedRecords(tx, now, schoolId);
      if (records.length === 0) return undefined;
      const pupilIds = [...new Set(records.flatMap((r) => (r.pupilId ? [r.pupilId] : [])))];
      for (const [pupilId, views] of await consentsOfPupils(tx, pupilIds)) {
        await setRosterFlags(tx, pupilId, rosterFlags(views, now));
      }
      await appendAuditMany(
        tx,
        records.map((r) => ({
          schoolId,
          actorId: null,
          action: 'consent.expired',
          subjectType: r.pupilId ? 'pupil' : 'staff',
          subjectId: (r.pupilId ?? r.staffId)!,
          data: {
            purpose: recordView(r).purpose,
            from: 'granted',
            to: 'expired',
            expiresAt: r.expiresAt?.toISOString(),
          },
        })),
      );
      await markLapseHandled(
        tx,
        records.map((r) => r.id),
        now,
      );
      const people = [
        ...pupilIds.map((id) => ({ kind: 'pupil' as const, id })),
        ...records.flatMap((r) => (r.staffId ? [{ kind: 'staff' as const, id: r.staffId }] : [])),
      ];
      const effects = await applyConsentLoss(tx, {
        schoolId,
        people,
        reason: 'consent expired',
        actorId: null,
        at: now,
      });
      return { effects, lapsed: records.length };
    });
    if (!outcome) continue;
    count += outcome.lapsed;
    forgetTextChecker(schoolId);
    await announceConsentEffects(services, outcome.effects);
  }
  return count;
}
