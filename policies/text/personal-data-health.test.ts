// Health details: a pupil's are always caught; the writer's own family and the verb "add" are not.
import { describe, expect, it } from 'vitest';
import { createTextChecker } from './index.ts';
import { pupil } from './test-roster.ts';

const check = createTextChecker([pupil('Teodor', 'Fenwick', 'Year 4'), pupil('Kemi', 'Abernethy', 'Year 2')]);
const health = (text: string) =>
  check({ text })
    .filter((f) => f.ruleId === 'text.personal-data.health')
    .map((f) => text.slice(f.span![0], f.span![1]));

describe("a pupil's health", () => {
  it.each([
    ['Teodor has ADD and will have a quiet room for tests.', 'ADD'],
    ['Kemi needs her inhaler with her at all times on the residential.', 'inhaler'],
    ["Teodor's dad is in hospital, so please be kind to him this week.", 'hospital'],
    ['My daughter Kemi has epilepsy; please make sure all staff know.', 'epilepsy'],
    ['My son in Year 4 has ADHD and he loved sports day.', 'ADHD'],
    ['The child with the nut allergy must sit at the end table.', 'nut allergy'],
    ['Mrs Okoro is back after her operation next week.', 'operation'],
    ['My son is doing well now; Mrs Hall says her surgery went well.', 'surgery'],
  ])('blocks %j', (text, words) => {
    expect(health(text)).toContain(words);
    expect(check({ text }).find((f) => f.category === 'personal_data')?.severity).toBe('block');
  });
});

describe("the writer's own family", () => {
  it.each([
    'My daughter needs her inhaler on the trip, where should it go?',
    "My sister's surgery went well, thanks for the flowers.",
    'From Mrs Kaur: thank you for the cards while my father was in hospital.',
    "I'll be off next week while my mum has her operation – Mr Patel will lead assembly.",
    'Thank you to my wife for her support during my chemotherapy.',
  ])('leaves %j alone', (text) => {
    expect(health(text)).toEqual([]);
  });

  it('still blocks when the pronoun is someone else', () => {
    expect(health('My son told me her mum has cancer.')).toEqual(['cancer']);
  });
});

describe('the verb "add"', () => {
  it.each([
    'Add her name to the sign-up sheet at the office.',
    "Don't forget to add his PE kit to the bag on Mondays.",
    'ADD her name to the list if she wants a netball place.',
    'PLEASE ADD HIS NAME TO THE ROTA BY FRIDAY',
    "Add Teodor's costume to the lost property list.",
  ])('is no diagnosis in %j', (text) => {
    expect(health(text)).toEqual([]);
  });
});
