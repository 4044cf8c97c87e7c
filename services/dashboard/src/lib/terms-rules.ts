// The terms-of-use editor's lists as rows of (words, reason), and back into the API's body.
import type { z } from 'zod';
import type { termsBody, termsSchema } from '../../../api/terms-schemas.ts';

type Terms = z.output<typeof termsSchema>;
export type TermsBody = z.input<typeof termsBody>;

export interface Row {
  words: string;
  reason: string;
}

export const listKinds = [
  {
    key: 'blocked',
    field: 'term',
    title: 'Blocked words',
    hint: 'A post using one cannot be approved.',
    wordsLabel: 'Word or phrase',
  },
  {
    key: 'warned',
    field: 'term',
    title: 'Words to check',
    hint: 'The approver is warned and must acknowledge it.',
    wordsLabel: 'Word or phrase',
  },
  {
    key: 'allowed',
    field: 'phrase',
    title: 'Allowed phrases',
    hint: 'Phrases that only look like a problem here, e.g. a road named after a person.',
    wordsLabel: 'Phrase',
  },
  {
    key: 'required',
    field: 'element',
    title: 'Required in every post',
    hint: 'E.g. a hashtag the school always uses.',
    wordsLabel: 'What must appear',
  },
] as const;

export type ListKey = (typeof listKinds)[number]['key'];
export type Lists = Record<ListKey, Row[]>;

export function listsOf(terms: Terms): Lists {
  return {
    blocked: terms.blocked.map((r) => ({ words: r.term, reason: r.reason })),
    warned: terms.warned.map((r) => ({ words: r.term, reason: r.reason })),
    allowed: terms.allowed.map((r) => ({ words: r.phrase, reason: r.reason })),
    required: terms.required.map((r) => ({ words: r.element, reason: r.reason })),
  };
}

/** Rows left wholly empty are dropped; half-filled ones go to the API, which says what is missing. */
export function bodyOf(lists: Lists, hours: { from: string; to: string; reason: string } | null): TermsBody {
  const rows = (key: ListKey) => lists[key].filter((r) => r.words.trim() || r.reason.trim());
  return {
    blocked: rows('blocked').map((r) => ({ term: r.words, reason: r.reason })),
    warned: rows('warned').map((r) => ({ term: r.words, reason: r.reason })),
    allowed: rows('allowed').map((r) => ({ phrase: r.words, reason: r.reason })),
    required: rows('required').map((r) => ({ element: r.words, reason: r.reason })),
    postingHours: hours,
  };
}
