// The per-school calendar of what goes out when, in UK time as the officer planned it.
import type { Services } from '../context.ts';
import { type Actor, schoolsOf } from '../domain/actor.ts';
import { AppError } from '../domain/errors.ts';
import { londonLabel } from '../domain/london-time.ts';
import { mayView } from '../drafts/draft-access.ts';
import { scheduledBetween } from '../repositories/calendar.ts';

const MAX_DAYS = 93;
const EXCERPT = 140;

export async function schoolCalendar(services: Services, actor: Actor, range: { from: Date; to: Date }) {
  const days = (range.to.getTime() - range.from.getTime()) / 86_400_000;
  if (days <= 0) throw new AppError('validation_failed', '`to` must be after `from`.');
  if (days > MAX_DAYS) throw new AppError('validation_failed', `Ask for at most ${MAX_DAYS} days at a time.`);
  const drafts = await scheduledBetween(services.db, schoolsOf(actor), range.from, range.to);
  return drafts
    .filter((d) => mayView(actor, d))
    .flatMap((d) =>
      d.publications.map((p) => ({
        draftId: d.id,
        schoolId: d.schoolId,
        draftState: d.state,
        text: d.text.length > EXCERPT ? `${d.text.slice(0, EXCERPT - 1)}…` : d.text,
        scheduledAt: d.scheduledAt!.toISOString(),
        ukTime: londonLabel(d.scheduledAt!),
        accountId: p.account.id,
        handle: p.account.handle,
        platform: p.account.platform.toLowerCase(),
        state: p.state,
        publishedAt: p.publishedAt?.toISOString() ?? null,
        url: p.url,
      })),
    );
}
