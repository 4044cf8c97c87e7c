// Roster names that are also places, events, greetings and folk figures, and possessive first names.
import { describe, expect, it } from 'vitest';
import { createTextChecker } from './index.ts';
import { flaggedWords, pupil } from './test-roster.ts';

const check = createTextChecker([
  pupil('Jack', 'Frost', 'Year 3'),
  pupil('Merry', 'Christmas', 'Year 5'),
  pupil('Holly', 'Bank', 'Year 6'),
  pupil('Ivy', 'Lane', 'Year 2'),
  pupil('Noel', 'Carroll', 'Year 1'),
  pupil('Ottilie', 'Quayle', 'Year 4'),
  pupil('Anushka', 'Okonjo', 'Year 4'),
  pupil('Dmitri', 'Sorensen', 'Year 2'),
  pupil('Yusra', 'Abernethy', 'Year 6'),
]);
const named = (text: string, category: string) => flaggedWords(check, text, category);

describe('a pupil whose name is also a greeting or a figure', () => {
  it.each([
    'Jack Frost has been busy overnight: the field is white, so send wellies!',
    'Merry Christmas to all our families from everyone at school 🎄',
    'Wishing you a very Merry Christmas and a restful break.',
    'merry christmas everyone, see you in January',
  ])('leaves the season alone in %j', (text) => {
    expect(named(text, 'pupil_full_name')).toEqual([]);
  });

  it.each([
    ['Well done to Jack Frost for his brilliant poem about snow!', 'Jack Frost'],
    ['Congratulations to Merry Christmas, our star reader this week', 'Merry Christmas'],
    ['Jack Frost (Year 3) read his story to the whole school.', 'Jack Frost'],
  ])('still blocks the pupil praised in %j', (text, name) => {
    expect(named(text, 'pupil_full_name')).toEqual([name]);
  });
});

describe('a pupil whose name is also a place or an event', () => {
  it.each([
    'Holly Bank car park will be closed on Friday for resurfacing.',
    'Reminder: use the Ivy Lane gate at pick-up this week.',
    'Ottilie Quayle nature trail photos are on the blog.',
    'Noel Carroll carol service at 2pm in the village church.',
    'Year 1 walked to Holly Bank to look for signs of autumn.',
  ])('leaves the place in %j alone', (text) => {
    expect(named(text, 'pupil_full_name')).toEqual([]);
  });

  it.each([
    ['Holly Bank scored the winning goal on Saturday!', 'Holly Bank'],
    ['Ivy Lane and Noel Carroll led the harvest assembly.', 'Ivy Lane'],
    ['Ivy Lane crossing the finish line first 🥇', 'Ivy Lane'],
    ['Holly Bank birthday party invitations went home today', 'Holly Bank'],
    ['Noel Carroll assembly performance made us all cry.', 'Noel Carroll'],
    ['Ivy Lane school council rep, reporting for duty', 'Ivy Lane'],
  ])('still blocks the pupil in %j', (text, name) => {
    expect(named(text, 'pupil_full_name')).toContain(name);
  });
});

describe('possessive first names', () => {
  it.each([
    ["Anushka's family came in to share their Diwali traditions.", 'Anushka'],
    ["Dmitri's accent 😂", 'Dmitri'],
    ["Dmitri's Russian lullaby had everyone in tears.", 'Dmitri'],
    ["Yusra's Eid decorations are up in the hall.", 'Yusra'],
    ["Thank you to Anushka's grandparents for the cakes.", 'Anushka'],
  ])('warns on %j', (text, name) => {
    expect(named(text, 'pupil_first_name')).toEqual([name]);
  });

  it.each([
    "Pop into Yusra's Bakery on the high street for the raffle prize.",
    'Thanks to the Holly family for the hamper.',
  ])('leaves a business or a household in %j alone', (text) => {
    expect(named(text, 'pupil_first_name')).toEqual([]);
  });

  it('finds the full name before a possessive the same way', () => {
    expect(named("Dmitri Sorensen's Russian lullaby was lovely.", 'pupil_full_name')).toEqual([
      'Dmitri Sorensen',
    ]);
  });
});
