// Every image needs a text alternative so people using screen readers get the post too
// (§1, Equality Act 2010). A file name or a word or two is not a description.
import type { Finding } from '../types.ts';

const MIN_WORDS = 3;
const fileNameLike = /^[\w-]+\.(jpe?g|png|webp|heic|avif)$/i;

export function altTextFindings(media: { altText: string }[]): Finding[] {
  return media.flatMap((m, index): Finding[] => {
    const alt = m.altText.trim();
    const words = alt.split(/\s+/).filter(Boolean).length;
    if (alt && words >= MIN_WORDS && !fileNameLike.test(alt)) return [];
    return [
      {
        ruleId: 'media.alt-text',
        category: 'media',
        severity: 'block',
        clause: '§1',
        message: alt
          ? `Photo ${index + 1}'s description ("${alt}") is too short to tell someone who cannot see it what it shows.`
          : `Photo ${index + 1} has no description for people who use screen readers.`,
        suggestion:
          'Describe what the photo shows in a sentence, e.g. "Year 4 pupils planting bulbs in the school garden".',
      },
    ];
  });
}
