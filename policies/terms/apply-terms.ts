// Applies a school's terms of use to a text check: its allowed phrases silence findings that
// only look like problems here (the school's own place names, staff, local figures), and its
// blocked terms, warned terms, required elements and posting hours add findings that cite the
// version and rule they come from.
import { fold } from '../text/fold.ts';
import type { Finding, PostText } from '../types.ts';
import { citation, type NumberedRule, numberedRules, type TermsOfUse, type TermsRules } from './terms.ts';

const CLAUSE = '§2';
const wordChar = /[\p{L}\p{N}]/u;

/** Where a phrase occurs as whole words, case and accents ignored; spans are the text's own. */
export function phraseSpans(text: string, phrase: string, folded = fold(text)): [number, number][] {
  const needle = fold(phrase.trim()).replace(/\s+/g, ' ');
  if (!needle) return [];
  const words = needle.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(words.join('\\s+'), 'g');
  const spans: [number, number][] = [];
  for (const m of folded.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = folded[start - 1];
    const after = folded[end];
    const edgeOk = (ch: string | undefined, inner: string) =>
      !ch || !wordChar.test(ch) || !wordChar.test(inner);
    if (edgeOk(before, needle[0]!) && edgeOk(after, needle[needle.length - 1]!)) spans.push([start, end]);
  }
  return spans;
}

/** Findings on words the school has said are its own (e.g. "Holly Bank" is the school, not a pupil). */
export function withoutAllowed(rules: TermsRules, text: string, findings: Finding[]): Finding[] {
  if (!rules.allowed.length) return findings;
  const folded = fold(text);
  const allowed = rules.allowed.flatMap((a) => phraseSpans(text, a.phrase, folded));
  return findings.filter(
    (f) => !f.span || !allowed.some(([start, end]) => start <= f.span![0] && f.span![1] <= end),
  );
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

function withinHours(hours: { from: string; to: string }, localTime: string): boolean {
  const [from, to, at] = [minutesOf(hours.from), minutesOf(hours.to), minutesOf(localTime)];
  // A window past midnight (e.g. 18:00–02:00) wraps round.
  return from <= to ? at >= from && at < to : at >= from || at < to;
}

function findingsOfRule(
  terms: TermsOfUse,
  numbered: NumberedRule,
  text: string,
  folded: string,
  localTime?: string,
): Finding[] {
  const cite = citation(terms.version, numbered.number);
  switch (numbered.kind) {
    case 'blocked':
    case 'warned': {
      const { term, reason } = numbered.rule;
      const blocked = numbered.kind === 'blocked';
      return phraseSpans(text, term, folded).map((span) => ({
        ruleId: `terms.${numbered.kind}`,
        category: 'terms_of_use',
        severity: blocked ? 'block' : 'warn',
        clause: CLAUSE,
        message: `"${text.slice(span[0], span[1])}" is ${blocked ? 'not used' : 'used with care'} in our posts (${cite}: ${reason}).`,
        suggestion: blocked ? 'Reword the post without it.' : 'Check it reads as the school means it.',
        span,
      }));
    }
    case 'required': {
      const { element, reason } = numbered.rule;
      if (folded.includes(fold(element.trim()))) return [];
      return [
        {
          ruleId: 'terms.required',
          category: 'terms_of_use',
          severity: 'block',
          clause: CLAUSE,
          message: `Every post carries "${element}" (${cite}: ${reason}).`,
          suggestion: `Add "${element}" to the post.`,
        },
      ];
    }
    case 'postingHours': {
      const hours = numbered.rule;
      if (!localTime || withinHours(hours, localTime)) return [];
      return [
        {
          ruleId: 'terms.posting-hours',
          category: 'terms_of_use',
          severity: 'warn',
          clause: CLAUSE,
          message: `Posts go out between ${hours.from} and ${hours.to}; this one would go out at ${localTime} (${cite}: ${hours.reason}).`,
          suggestion: `Schedule it between ${hours.from} and ${hours.to}.`,
        },
      ];
    }
    case 'allowed':
      return [];
  }
}

/**
 * The school's own findings for a post. `localTime` is the UK wall-clock "HH:MM" the post
 * would go out at; without it the posting hours are not checked.
 */
export function termsFindings(terms: TermsOfUse, text: string, localTime?: string): Finding[] {
  const folded = fold(text);
  return numberedRules(terms.rules).flatMap((r) => findingsOfRule(terms, r, text, folded, localTime));
}

/** A text checker that also applies the school's terms of use. */
export function withTerms(
  check: (post: PostText) => Finding[],
  terms: TermsOfUse,
  localTime?: string,
): (post: PostText) => Finding[] {
  if (terms.version === 0) return check;
  return (post) => [
    ...withoutAllowed(terms.rules, post.text, check(post)),
    ...termsFindings(terms, post.text, localTime),
  ];
}
