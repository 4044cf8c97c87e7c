// Withdrawal by hand (a parent's letter, a member of staff's email): the officer records it at
// once, without waiting for the next MIS export, and its consequences follow immediately.
import type { PlatformName } from '../../policies/types.ts';
import { forgetTextChecker } from '../checks/school-checker.ts';
import type { Services } from '../context.ts';
import { notFound } from '../domain/errors.ts';
import { knownPeople, lockSchoolConsent } from '../repositories/consent.ts';
import { inTransaction } from '../repositories/db.ts';
import { announceConsentEffects } from './consent-loss.ts';
import type { ConsentPurpose } from './consent-rules.ts';
import { planWithdrawal } from './import-plan.ts';
import { recordConsent } from './record-consent.ts';

export interface Withdrawal {
  schoolId: string;
  person: { kind: 'pupil' | 'staff'; key: string };
  purposes: readonly ConsentPurpose[];
  /** Only these platforms; absent: the purposes are withdrawn everywhere. */
  platforms?: PlatformName[];
  /** Where it came from, e.g. "letter from parent, 3 March". */
  note?: string;
}

export async function withdrawConsent(services: Services, actorId: string, withdrawal: Withdrawal) {
  const { schoolId, person } = withdrawal;
  const now = new Date();
  const outcome = await inTransaction(services.db, async (tx) => {
    await lockSchoolConsent(tx, schoolId);
    const [known] = await knownPeople(tx, schoolId, person);
    if (!known) throw notFound(person.kind === 'pupil' ? 'That pupil' : 'That member of staff');
    const plan = planWithdrawal(known, withdrawal.purposes, withdrawal.platforms, now);
    if (!plan) return { withdrawn: [] as ConsentPurpose[], effects: undefined };
    const source = `withdrawn by hand${withdrawal.note ? `: ${withdrawal.note}` : ''}`;
    const effects = await recordConsent(tx, [plan], {
      schoolId,
      actorId,
      source,
      now,
      reason: 'consent withdrawn',
    });
    return { withdrawn: plan.records.map((r) => r.purpose), effects };
  });
  if (outcome.effects) {
    forgetTextChecker(schoolId);
    await announceConsentEffects(services, outcome.effects);
  }
  return {
    key: person.key,
    withdrawn: outcome.withdrawn,
    held: outcome.effects?.held.map((d) => d.id) ?? [],
    takedownRequested: outcome.effects?.takedownRequested ?? [],
  };
}
