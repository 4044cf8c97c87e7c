// Whether a follower's name is a pupil's or a member of staff's (§2 vetting): read with the same
// roster name reader the text checks use, so "Amelia Hughes", "amelia_hughes" and "ameliahughes"
// are found exactly as they would be in a post.
import { createPostReader } from '../../policies/text/index.ts';
import type { RosterPupil } from '../../policies/types.ts';

export interface NameMatch {
  kind: 'pupil' | 'staff';
  /** full: given name and surname; first: a pupil's first name alone. */
  level: 'full' | 'first';
  /** Who it matches, as the officer should see it. */
  name: string;
}

export type NameReader = (name: { displayName: string; handle: string }) => NameMatch[];

/** Staff names read like a roster, so one reader finds both. */
function staffRoster(staffNames: string[]): RosterPupil[] {
  return staffNames.flatMap((full, i) => {
    const words = full.trim().split(/\s+/);
    if (words.length < 2) return [];
    return [
      {
        upn: `staff-${i}`,
        firstName: words.slice(0, -1).join(' '),
        lastName: words.at(-1)!,
        yearGroup: 'staff',
        photoConsent: false,
        nameConsent: false,
      },
    ];
  });
}

/** The follower's words: the display name, the handle split at _ . and digits, and the handle run together. */
function followerText({ displayName, handle }: { displayName: string; handle: string }): string {
  const bare = handle.replace(/^@/, '');
  const split = bare.replace(/[_.\d]+/g, ' ').trim();
  const joined = bare.replace(/[^\p{L}]+/gu, '');
  return [displayName, split, joined ? `#${joined}` : ''].filter(Boolean).join('\n');
}

const pupilLabel = (p: RosterPupil) => `${p.preferredName ?? p.firstName} ${p.lastName} (${p.yearGroup})`;

export function nameReader(roster: RosterPupil[], staffNames: string[]): NameReader {
  const readPupils = createPostReader(roster);
  const readStaff = createPostReader(staffRoster(staffNames));
  return (follower) => {
    const text = followerText(follower);
    const pupils = readPupils({ text }).names;
    const staff = readStaff({ text }).names;
    const matches: NameMatch[] = [
      ...pupils.full.flatMap((m) =>
        m.pupils.map((p) => ({ kind: 'pupil', level: 'full', name: pupilLabel(p) }) as const),
      ),
      ...pupils.first.map(
        (m) => ({ kind: 'pupil', level: 'first', name: text.slice(m.span[0], m.span[1]) }) as const,
      ),
      ...staff.full.flatMap((m) =>
        m.pupils.map(
          (p) => ({ kind: 'staff', level: 'full', name: `${p.firstName} ${p.lastName}` }) as const,
        ),
      ),
    ];
    return matches.filter(
      (match, i) => matches.findIndex((o) => o.kind === match.kind && o.name === match.name) === i,
    );
  };
}
