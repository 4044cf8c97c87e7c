// Dates of birth: with a name they are the classic identity-fraud pair.
import type { Finding } from '../types.ts';
import type { TextRule } from './rule.ts';
import { findingOf, quote } from './rule.ts';

const identity = {
  id: 'text.personal-data.date-of-birth',
  category: 'personal_data',
  severity: 'block',
  clause: '§7',
} as const;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
const DATE = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH},? (\\d{4})|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? (\\d{4})|\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{4}))\\b`,
  'gi',
);
/** Every date of birth carries a year; most posts have none, so they skip the date scan. */
const YEAR = /\d{4}/;
const BORN_BEFORE = /\b(?:born(?: on)?(?: the)?|d\.?o\.?b\.?:?|date of birth:?|birthday:?)\s*\(?$/i;
const BIRTHDAY_TALK = /\bbirthday\b|\bborn\b|\byears? old\b|\bturns? \d+\b/i;
/** "our school dog, Pepper, was born on 12th June 2023": an animal's birthday is nobody's data. */
const ANIMAL_BEFORE =
  /\b(?:dog|puppy|cat|kitten|hamster|guinea pig|rabbit|bunny|tortoise|pony|horse|lamb|chicks?|hens?|goldfish|alpaca|mascot)\b[^.!?]{0,80}(?:[.!?][^.!?]{0,80})?$/i;

export const dateOfBirth: TextRule = {
  ...identity,
  description: 'Dates of birth, written out or as numbers, next to "born" or in birthday wishes',
  check({ text }): Finding[] {
    const findings: Finding[] = [];
    const thisYear = new Date().getFullYear();
    for (const m of YEAR.test(text) ? text.matchAll(DATE) : []) {
      const year = Number(m[1] ?? m[2] ?? m[3]);
      const before = text.slice(Math.max(0, m.index - 25), m.index);
      const childhood = year >= thisYear - 20 && year <= thisYear - 1;
      if (!BORN_BEFORE.test(before) && !(childhood && BIRTHDAY_TALK.test(text))) continue;
      if (ANIMAL_BEFORE.test(text.slice(Math.max(0, m.index - 160), m.index))) continue;
      const span: [number, number] = [m.index, m.index + m[0].length];
      findings.push(
        findingOf(identity, {
          message: `${quote(text, span)} is a date of birth. Dates of birth must not be posted.`,
          suggestion: 'Celebrate the birthday without the date of birth or year.',
          span,
        }),
      );
    }
    return findings;
  },
};
