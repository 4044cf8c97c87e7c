// Who a safeguarding concern raised by a reply goes to (policy §8): the DSL by default; the
// headteacher when it is about a member of staff; the chair of trustees when it is about the
// headteacher. "About" means named in the same sentence as the concern: a pupil who says they
// "told a teacher" is disclosing, not accusing, so turning to staff for help does not count.
import { fold } from '../text/fold.ts';

export type EscalationRoute = 'DSL' | 'HEADTEACHER' | 'CHAIR';

export interface SchoolPeople {
  /** Full names of the school's headteacher(s). */
  headNames: string[];
  /** Full names of other staff. */
  staffNames: string[];
}

const HEAD_WORDS = /\b(?:head ?teacher|head ?mistress|head ?master|principal|the head|(?:your|ur) head)\b/;
const STAFF_WORDS =
  /\b(?:teachers?|staff|(?:mr|mrs|miss|ms|mx|sir)\.? [a-z]{3,}|teaching assistant|coach|caretaker|dinner lady|receptionist|deputy head|senco|form tutor|pe teacher|lunchtime supervisor)\b/;
// Asking staff for help is not an allegation against them.
const HELP_SEEKING =
  /\b(?:tell|told|telling|ask|asked|speak to|spoke to|talk to) (?:my |a |the |any )?(?:teachers?|staff|head ?teacher)\b/g;

function namesIn(sentence: string, names: string[]): boolean {
  return names.some((name) => {
    const parts = fold(name).split(/\s+/).filter(Boolean);
    const last = parts.at(-1) ?? '';
    // The whole name, or the surname with a title ("Mrs Patel"); a first name alone is too common.
    return (
      (parts.length > 1 && sentence.includes(parts.join(' '))) ||
      (last.length > 2 && new RegExp(`\\b(?:mr|mrs|miss|ms|mx|dr)\\.? ${last}\\b`).test(sentence))
    );
  });
}

/** The sentences (folded) that contain a concern's span. */
function sentencesWith(text: string, spans: [number, number][]): string[] {
  const folded = fold(text);
  const sentences: string[] = [];
  const boundary = /[.!?\n]+/g;
  let start = 0;
  for (const end of [...folded.matchAll(boundary)].map((m) => m.index + m[0].length).concat(folded.length)) {
    if (spans.some(([s, e]) => s < end && e > start)) sentences.push(folded.slice(start, end));
    start = end;
  }
  return sentences.length ? sentences : [folded];
}

export function escalationRoute(
  text: string,
  spans: [number, number][],
  people: SchoolPeople,
): EscalationRoute {
  const about = sentencesWith(text, spans).map((s) => s.replace(HELP_SEEKING, ' '));
  if (about.some((s) => HEAD_WORDS.test(s) || namesIn(s, people.headNames))) return 'CHAIR';
  if (about.some((s) => STAFF_WORDS.test(s) || namesIn(s, people.staffNames))) return 'HEADTEACHER';
  return 'DSL';
}
