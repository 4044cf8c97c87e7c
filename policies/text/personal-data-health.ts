// Health, SEN and safeguarding details about one identifiable person.
import type { Finding } from '../types.ts';
import { compileLexicon } from './lexicon.ts';
import { HEALTH_TERMS, ONE_PERSON } from './lexicons/health.ts';
import type { TextRule } from './rule.ts';
import { findingOf, quote } from './rule.ts';

const identity = {
  id: 'text.personal-data.health',
  category: 'personal_data',
  severity: 'block',
  clause: '§7',
} as const;

const TERMS = compileLexicon([{ pattern: HEALTH_TERMS, reason: 'a health, SEN or safeguarding detail' }]);
const PERSON = new RegExp(ONE_PERSON, 'iu');
const endsSentence = (code: number) => code === 46 || code === 33 || code === 63 || code === 10; // . ! ? \n

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !endsSentence(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !endsSentence(text.charCodeAt(to))) to++;
  return [from, to];
}

export const healthDetails: TextRule = {
  ...identity,
  description: 'Medical, SEN or safeguarding details tied to one identifiable pupil or adult',
  check({ text, folded, names }): Finding[] {
    const findings: Finding[] = [];
    const named = [...names.full, ...names.first].map((m) => m.span);
    for (const { start, end } of TERMS(text, folded)) {
      const [from, to] = sentenceAround(folded, start, end);
      const nameInSentence = named.some(([s]) => s >= from && s < to);
      if (!nameInSentence && !PERSON.test(folded.slice(from, to))) continue;
      const span: [number, number] = [start, end];
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
