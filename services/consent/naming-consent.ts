// The consent record log's say in the checks (§7): a pupil's name may appear only where their
// consent allows it. The text rules find names and warn on first names; this blocks a name
// when every pupil it could mean lacks consent to be named on one of the post's platforms.
import type { Finding, PlatformName } from '../../policies/types.ts';
import { postReaderFor } from '../checks/school-checker.ts';
import { consentsOfPupils } from '../repositories/consent.ts';
import type { Db } from '../repositories/db.ts';
import { pupilsWithUpns } from '../repositories/pupils.ts';
import { mayName } from './consent-rules.ts';

export const NAMING_CONSENT_RULE = 'consent.name-not-allowed';

export async function namingConsentFindings(
  db: Db,
  post: { schoolId: string; text: string; platforms: PlatformName[]; at?: Date; withPhoto?: boolean },
): Promise<Finding[]> {
  const read = await postReaderFor(db, post.schoolId);
  const mentions = read({ text: post.text }).names.first;
  const upns = [...new Set(mentions.flatMap((m) => m.pupils.map((p) => p.upn)))];
  if (upns.length === 0) return [];
  const pupils = await pupilsWithUpns(db, post.schoolId, upns);
  const consents = await consentsOfPupils(
    db,
    pupils.map((p) => p.id),
  );
  const recordsOf = new Map(pupils.map((p) => [p.upn, consents.get(p.id) ?? []]));
  const at = post.at ?? new Date();
  return mentions.flatMap((m) => {
    const refusals = m.pupils.map((p) =>
      post.platforms
        .map((platform) =>
          mayName(recordsOf.get(p.upn) ?? [], { platform, at, withPhoto: post.withPhoto ?? false }),
        )
        .find((a) => !a.allowed),
    );
    const refusal = refusals[0];
    if (!refusal || refusals.some((r) => !r) || refusal.allowed) return [];
    const name = post.text.slice(m.span[0], m.span[1]);
    return [
      {
        ruleId: NAMING_CONSENT_RULE,
        category: 'pupil_first_name',
        severity: 'block',
        clause: '§7',
        message: `"${name}" names a pupil who may not be named here: ${refusal.message}`,
        suggestion: 'Remove the name, or use a general label such as "a Year 4 pupil".',
        span: m.span,
      } satisfies Finding,
    ];
  });
}
