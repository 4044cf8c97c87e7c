// §3: "All posts made to school social media accounts will not breach copyright." Each image
// says where it comes from; one that does not blocks, and one the school did not make itself
// (licensed, or other) shows the approver the licence or permission to check.
import type { Finding } from '../types.ts';

export const IMAGE_SOURCES = ['TAKEN_BY_STAFF', 'PUPIL_WORK', 'LICENSED', 'OTHER'] as const;
export type ImageSource = (typeof IMAGE_SOURCES)[number];

/** Sources the school does not own outright: the declaration must say what allows posting it. */
export const NEEDS_NOTE: readonly ImageSource[] = ['LICENSED', 'OTHER'];

const words: Record<ImageSource, string> = {
  TAKEN_BY_STAFF: 'taken by staff',
  PUPIL_WORK: 'pupil work',
  LICENSED: 'licensed',
  OTHER: 'from elsewhere',
};

export function imageRightsFindings(
  media: { source: ImageSource | null; sourceNote: string | null }[],
): Finding[] {
  return media.flatMap((m, index): Finding[] => {
    const photo = `Photo ${index + 1}`;
    if (!m.source) {
      return [
        {
          ruleId: 'media.image-source',
          category: 'image_rights',
          severity: 'block',
          clause: '§3',
          message: `${photo} does not say where it comes from, so nobody can tell whether the school may post it (copyright).`,
          suggestion:
            'Say whether it was taken by staff, is pupil work, is licensed, or came from elsewhere.',
        },
      ];
    }
    if (!NEEDS_NOTE.includes(m.source)) return [];
    return [
      {
        ruleId: 'media.image-licence',
        category: 'image_rights',
        severity: 'warn',
        clause: '§3',
        message: `${photo} is ${words[m.source]}: "${m.sourceNote ?? ''}". Check this allows the school to post it on social media.`,
      },
    ];
  });
}
