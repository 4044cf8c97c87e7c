// Health, SEN and safeguarding details about one identifiable person.
import type { Finding } from '../types.ts';
import { HEALTH_TERMS, ONE_PERSON } from './lexicons/health.ts';
import type { TextRule } from './rule.ts';
import { findingOf, quote } from './rule.ts';

const identity = {
  id: 'text.personal-data.health',
  category: 'personal_data',
  severity: 'block',
  clause: '§7',
} as const;

const TERM = new RegExp(`(?<![\\p{L}\\p{N}])(?:${HEALTH_TERMS})(?![\\p{L}\\p{N}])`, 'giu');
const PERSON = new RegExp(ONE_PERSON, 'iu');
const SENTENCE_END = /[.!?\n]/;

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  return [from, to];
}

export const healthDetails: TextRule = {
  ...identity,
  description: 'Medical, SEN or safeguarding details tied to one identifiable pupil or adult',
  check({ text, folded, names }): Finding[] {
    const findings: Finding[] = [];
    const named = [...names.full, ...names.first].map((m) => m.span);
    for (const m of folded.matchAll(TERM)) {
      const end = m.index + m[0].length;
      const [from, to] = sentenceAround(folded, m.index, end);
      const nameInSentence = named.some(([s]) => s >= from && s < to);
      if (!nameInSentence && !PERSON.test(folded.slice(from, to))) continue;
      const span: [number, number] = [m.index, end];
      findings.push(
        findingOf(identity, {
          message: `${quote(text, span)} is a health, SEN or safeguarding detail about an identifiable person.`,
          suggestion:
            'Share medical, SEN and safeguarding details only privately with the staff who need them, never on social media.',
          span,
        }),
      );
    }
    return findings;
  },
};
