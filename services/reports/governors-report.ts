// The governors' report (§12 monitoring and review): for a chosen period, per school the caller
// oversees and per trust, what happened to posts, what the checks found, how long approval
// took, what was blurred, consent withdrawn and taken down, replies hidden, escalations and
// repeat offenders. Counts only: no post text, reply text or escalation detail.
import type { Services } from '../context.ts';
import { type Actor, schoolsWhere } from '../domain/actor.ts';
import { AppError, forbidden } from '../domain/errors.ts';
import {
  consentWithdrawals,
  draftOutcomes,
  escalationCounts,
  findingCounts,
  hiddenReplyLabels,
  offenderCounts,
  photoFaces,
  schoolsWithTrusts,
  submissionsAndApprovals,
} from '../repositories/governors-report.ts';
import {
  addFindings,
  addHiddenReplies,
  approvalHours,
  emptyFigures,
  type Figures,
  OUTCOME_ACTIONS,
  published,
  recordOutcome,
  sumFigures,
} from './governors-figures.ts';

export interface ReportPeriod {
  from: Date;
  to: Date;
}

export async function governorsReport(
  services: Services,
  actor: Actor,
  period: ReportPeriod,
  now = new Date(),
) {
  const schoolIds = schoolsWhere(actor, 'seeReports');
  if (!schoolIds.length)
    throw forbidden('The governors’ report is for the marketing officer and headteacher.');
  if (period.to.getTime() <= period.from.getTime())
    throw new AppError('validation_failed', 'The report’s period must end after it starts.');
  const p = { schoolIds, ...period };
  const { db } = services;
  const [schools, outcomes, findings, approvals, photos, withdrawals, hidden, escalations, offenders] =
    await Promise.all([
      schoolsWithTrusts(db, schoolIds),
      draftOutcomes(db, p, Object.values(OUTCOME_ACTIONS)),
      findingCounts(db, p),
      submissionsAndApprovals(db, p),
      photoFaces(db, p),
      consentWithdrawals(db, p),
      hiddenReplyLabels(db, p),
      escalationCounts(db, p, now),
      offenderCounts(db, p),
    ]);
  const of = new Map<string, Figures>(schoolIds.map((id) => [id, emptyFigures()]));
  const at = (schoolId: string) => of.get(schoolId)!;
  for (const o of outcomes) recordOutcome(at(o.schoolId), o.action, o.drafts);
  for (const { schoolId, ...row } of findings) addFindings(at(schoolId), [row]);
  const schoolOfDraft = new Map(approvals.map((e) => [e.draftId, e.schoolId]));
  for (const [draftId, hours] of approvalHours(approvals))
    at(schoolOfDraft.get(draftId)!).approvalHours.push(hours);
  for (const photo of photos) {
    const f = at(photo.schoolId);
    f.faces.photos += 1;
    f.faces.blurred += photo.faces.filter((face) => face.action === 'blurred').length;
    f.faces.kept += photo.faces.filter((face) => face.action === 'kept').length;
  }
  for (const w of withdrawals) at(w.schoolId).consent.withdrawals += w.count;
  for (const { schoolId, ...row } of hidden) addHiddenReplies(at(schoolId), [row]);
  for (const e of escalations) {
    const f = at(e.schoolId).escalations;
    f.raised += e.raised;
    f.acknowledged += e.acknowledged;
    f.outcomeRecorded += e.outcomes;
    f.overdue += e.overdue;
    f.byRoute[e.route] = (f.byRoute[e.route] ?? 0) + e.raised;
  }
  for (const { schoolId, ...row } of offenders) at(schoolId).offenders = row;

  const trusts = new Map<string, { trustId: string; name: string; schools: typeof schools }>();
  for (const s of schools) {
    const trust = trusts.get(s.trust.id) ?? { trustId: s.trust.id, name: s.trust.name, schools: [] };
    trust.schools.push(s);
    trusts.set(s.trust.id, trust);
  }
  return {
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    generatedAt: now.toISOString(),
    schools: schools.map((s) => ({
      schoolId: s.id,
      name: s.name,
      trustId: s.trust.id,
      ...published(at(s.id)),
    })),
    // A trust's figures cover the schools of it the caller oversees.
    trusts: [...trusts.values()].map((t) => ({
      trustId: t.trustId,
      name: t.name,
      schoolIds: t.schools.map((s) => s.id),
      ...published(sumFigures(t.schools.map((s) => at(s.id)))),
    })),
  };
}

export type GovernorsReport = Awaited<ReturnType<typeof governorsReport>>;
