// Pupil names from the school's roster (§7): full names block, first names warn, and a full name
// in a post that carries an image blocks again ("full names will never be used alongside images").
import type { Finding } from '../types.ts';
import type { Mention } from './names/mentions.ts';
import type { TextRule } from './rule.ts';
import { findingOf, quote } from './rule.ts';

function yearGroups(mention: Mention): string {
  const years = [...new Set(mention.pupils.map((p) => p.yearGroup).filter(Boolean))];
  return years.length === 1 ? ` (${years[0]})` : '';
}

const fullName = {
  id: 'text.pupil-full-name',
  category: 'pupil_full_name',
  severity: 'block',
  clause: '§7',
} as const;
const firstName = {
  id: 'text.pupil-first-name',
  category: 'pupil_first_name',
  severity: 'warn',
  clause: '§7',
} as const;
const withImage = {
  id: 'text.pupil-full-name-with-image',
  category: 'pupil_full_name',
  severity: 'block',
  clause: '§7',
} as const;

export const pupilFullName: TextRule = {
  ...fullName,
  description:
    "A roster pupil's full name in any form (order, initials, hashtags, capitals, preferred names)",
  check({ text, names }): Finding[] {
    return names.full.map((m) =>
      findingOf(fullName, {
        message: `${quote(text, m.span)} names a pupil in full${yearGroups(m)}. Pupils' full names identify them to anyone online.`,
        suggestion:
          'Use the first name only (if the pupil has name consent), or describe the achievement without the name.',
        span: m.span,
      }),
    );
  },
};

export const pupilFirstName: TextRule = {
  ...firstName,
  description: "A roster pupil's first or preferred name (check name consent)",
  check({ text, names }): Finding[] {
    return names.first.map((m) => {
      const noConsent = m.pupils.length > 0 && m.pupils.every((p) => !p.nameConsent);
      return findingOf(firstName, {
        message: noConsent
          ? `${quote(text, m.span)} is the first name of a pupil whose family has not consented to their name being used.`
          : `${quote(text, m.span)} is a pupil's first name; check the consent record before posting it.`,
        suggestion: noConsent
          ? 'Remove the name or use a general label such as "a Year 4 pupil".'
          : 'Keep it only if the pupil has name consent; never add the surname.',
        span: m.span,
      });
    });
  },
};

export const pupilFullNameWithImage: TextRule = {
  ...withImage,
  description: "A pupil's full name in a post that carries an image",
  check({ text, names, post }): Finding[] {
    if (!post.hasImage) return [];
    return names.full.map((m) =>
      findingOf(withImage, {
        message: `${quote(text, m.span)} is a pupil's full name in a post with an image: full names are never used alongside images.`,
        suggestion: 'Remove the surname, or post the image without naming the pupil.',
        span: m.span,
      }),
    );
  },
};
