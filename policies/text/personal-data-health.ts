// Health, SEN and safeguarding details about one identifiable person.
import type { Finding } from '../types.ts';
import { compileLexicon } from './lexicon.ts';
import {
  ADD_AS_VERB_AFTER,
  ADD_AS_VERB_BEFORE,
  ATTENTION_DEFICIT,
  FEMALE_PRONOUNS,
  HEALTH_TERMS,
  MALE_PRONOUNS,
  ONE_PERSON,
  WRITERS_FEMALE_RELATIVE,
  WRITERS_MALE_RELATIVE,
} from './lexicons/health.ts';
import type { TextRule } from './rule.ts';
import { findingOf, quote } from './rule.ts';
import { mostlyShouting } from './tokens.ts';

const identity = {
  id: 'text.personal-data.health',
  category: 'personal_data',
  severity: 'block',
  clause: '§7',
} as const;

const REASON = 'a health, SEN or safeguarding detail';
const TERMS = compileLexicon([
  { pattern: HEALTH_TERMS, reason: REASON },
  { pattern: ATTENTION_DEFICIT, reason: REASON, caseSensitive: true },
]);
const PERSON = new RegExp(ONE_PERSON, 'iu');
/** Someone other than the writer's family, or a class that makes the child a pupil here. */
const SOMEONE_ELSE =
  /\b(?:the child|a child|this child|a pupil|the pupil|(?:mr|mrs|miss|ms|dr)\.? \p{L}+|(?:year|yr|y) ?\d+|\d{1,2}[a-z]|reception|nursery|class)\b/u;
const endsSentence = (code: number) => code === 46 || code === 33 || code === 63 || code === 10; // . ! ? \n

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !endsSentence(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !endsSentence(text.charCodeAt(to))) to++;
  return [from, to];
}

/** A dash, semicolon or colon between clauses. */
const CLAUSE_BREAK = /\s[\u2013\u2014-]\s|[;:]/g;

/** The clause of a sentence: "my mum has her operation – Mr Patel will lead assembly". */
function clauseAround(text: string, start: number, end: number): string {
  const [from, to] = sentenceAround(text, start, end);
  let cut = from;
  for (const m of text.slice(from, start).matchAll(CLAUSE_BREAK)) cut = from + m.index + m[0].length;
  const after = text.slice(end, to).search(CLAUSE_BREAK);
  return text.slice(cut, after < 0 ? to : end + after);
}

/** "Add her name to the list", "PLEASE ADD HIS KIT": the verb, not attention deficit. */
function addAsVerb(text: string, start: number, end: number, shouting: boolean): boolean {
  if (text.slice(start, end) !== ATTENTION_DEFICIT) return false;
  if (ADD_AS_VERB_AFTER.test(text.slice(end, end + 20))) return true;
  const [from] = sentenceAround(text, start, end);
  return shouting && ADD_AS_VERB_BEFORE.test(text.slice(Math.max(from, start - 20), start));
}

/**
 * Everyone the sentence's pronouns point at is a relative of the writer's that agrees, and the
 * detail's own clause names nobody else ("my mum has her operation – Mr Patel will cover").
 */
function aboutWritersFamily(sentence: string, clause: string): boolean {
  if (SOMEONE_ELSE.test(clause)) return false;
  const female = WRITERS_FEMALE_RELATIVE.test(sentence);
  const male = WRITERS_MALE_RELATIVE.test(sentence);
  if (!female && !male) return false;
  return (female || !FEMALE_PRONOUNS.test(sentence)) && (male || !MALE_PRONOUNS.test(sentence));
}

export const healthDetails: TextRule = {
  ...identity,
  description: 'Medical, SEN or safeguarding details tied to one identifiable pupil or adult',
  check({ text, folded, names, tokens }): Finding[] {
    const findings: Finding[] = [];
    const named = [...names.full, ...names.first].map((m) => m.span);
    const shouting = mostlyShouting(tokens);
    for (const { start, end } of TERMS(text, folded)) {
      if (addAsVerb(text, start, end, shouting)) continue;
      const [from, to] = sentenceAround(folded, start, end);
      const nameInSentence = named.some(([s]) => s >= from && s < to);
      if (
        !nameInSentence &&
        (!PERSON.test(folded.slice(from, to)) ||
          aboutWritersFamily(folded.slice(from, to), clauseAround(folded, start, end)))
      )
        continue;
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
