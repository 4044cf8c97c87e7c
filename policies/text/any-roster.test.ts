// The name rules read any school's roster: an invented roster and invented posts in the style of
// real school accounts, with the everyday words, places and staff that only look like pupils.
import { describe, expect, it } from 'vitest';
import { createTextChecker } from './index.ts';
import { flaggedWords, pupil } from './test-roster.ts';

const check = createTextChecker([
  pupil('Amelia', 'Hughes', 'Year 2'),
  pupil('Priya', 'Raman', 'Year 5'),
  pupil('Tomasz', 'Zieliński', 'Year 8'),
  pupil('Sienna', "O'Neill", 'Year 6'),
  pupil('William', 'Ashby', 'Year 4', 'Will'),
  pupil('May', 'Okoro', 'Year 3'),
  pupil('Rose', 'Bishop', 'Year 1'),
  pupil('Daniel', 'Brown', 'Year 6'),
  pupil('Brook', 'Lane', 'Reception'),
  pupil('Willow', 'Marsh', 'Year 3'),
]);
const named = (text: string, category: string) => flaggedWords(check, text, category);

describe('full names against an invented roster', () => {
  it.each([
    ['Well done to amelia HUGHES for her swimming certificate!', 'amelia HUGHES'],
    ['well done to Amelia hughes, 25m badge!', 'Amelia hughes'],
    ['Huge congratulations to Priya Raman (Year 5) on reaching the county final 🏆', 'Priya Raman'],
    ['Tomasz Zielinski wins the Year 8 chess ladder!', 'Tomasz Zielinski'],
    ['Star writer this week: RAMAN, Priya', 'RAMAN, Priya'],
    ["Sienna O'Neill's artwork is on display in the hall", "Sienna O'Neill"],
    ['Lovely poem this week #SiennaONeill 💙', 'SiennaONeill'],
    ['P. Raman and A. Hughes ran the tuck shop today', 'P. Raman'],
  ])('blocks %j naming %j', (text, name) => {
    expect(named(text, 'pupil_full_name')).toContain(name);
  });

  it.each([
    'Brook Lane Infant & Nursery is closed on Monday for staff training.',
    'Welcome to Mr Daniel Brown, our new PE teacher!',
    'Our nature walk took us along the Willow Marsh Trail 🌿',
    'Nature walk today: the willow by the marsh is full of birds.',
    'Thank you to Mrs May Okoro for leading our Diwali assembly.',
  ])('leaves %j alone', (text) => {
    expect(named(text, 'pupil_full_name')).toEqual([]);
  });
});

describe('first names against an invented roster', () => {
  it.each([
    ['Well done to Will in Year 4 for his brilliant eco poster', 'Will'],
    ['Congratulations to Priya for her reading certificate', 'Priya'],
    ['Star of the week in Year 1 is Rose, for always being kind', 'Rose'],
  ])('warns on %j naming %j', (text, name) => {
    expect(named(text, 'pupil_first_name')).toContain(name);
  });

  it.each([
    'Will you join us for our Harvest Festival on Friday?',
    'May half term dates are now on the website.',
    'Our Rose Garden is blooming thanks to the Eco Club.',
    'Brook Lane Infant & Nursery: open morning on Tuesday.',
    'Good luck to Miss Rose, who starts her maternity leave today.',
    'Tickets for Priya the Musical go on sale on Monday!',
  ])('leaves %j alone', (text) => {
    expect(named(text, 'pupil_first_name')).toEqual([]);
  });
});

describe('names that are everyday words, in a school that is not ours', () => {
  const school = createTextChecker([
    pupil('Max', 'Okonjo', 'Year 2'),
    pupil('Miles', 'Fairbairn', 'Year 6'),
    pupil('Leo', 'Castellano', 'Year 1'),
    pupil('Hunter', 'Ndiaye', 'Year 5'),
    pupil('Autumn', 'Verity', 'Year 3'),
    pupil('Joy', 'Adeleke', 'Year 4'),
    pupil('Lily-Mae', 'Sutcliffe', 'Reception'),
  ]);
  const first = (text: string) => flaggedWords(school, text, 'pupil_first_name');

  it.each([
    ['The taxi will drop Max at the side gate after his appointment.', 'Max'],
    ['Has anyone seen the blue lunchbox that Hunter left on the field?', 'Hunter'],
    ["We are thrilled that Lily-Mae's EHCP review went so well.", 'Lily-Mae'],
    ['Autumn showed real courage at her first swimming gala 🏊', 'Autumn'],
  ])('warns on %j naming %j', (text, name) => {
    expect(first(text)).toContain(name);
  });

  it.each([
    'Miles for Macmillan: staff walked 300 miles between them this month!',
    'Max 30 places, so book early on ParentPay.',
    'Say hello to Leo, our new school dog 🐶',
    'Reading buddies met Leo, the therapy dog, in the library today.',
    'The Hunter family have kindly donated a bench for the playground.',
    'Our value for this half term is Joy.',
  ])('leaves %j alone', (text) => {
    expect(first(text)).toEqual([]);
  });
});

describe('personal data around a roster that is not ours', () => {
  const school = createTextChecker([pupil('Oscar', 'Lindqvist', 'Year 4'), pupil('Nell', 'Amadi', 'Year 6')]);
  const data = (text: string) => flaggedWords(school, text, 'personal_data');

  it.each([
    ['Get well soon Oscar – he broke his wrist at football and is in a cast', 'broke his wrist'],
    ['Best wishes to Mrs Kaur, who is off with stress until half term', 'off with stress'],
    ['Mr Doyle is having an operation next week, so Year 5 will have Miss Ray', 'having an operation'],
  ])('blocks %j at %j', (text, words) => {
    expect(data(text)).toContain(words);
  });

  it.each([
    'Visit us at Ashcombe Primary, 14 Mill Road, Ashcombe BS16 2AA – open mornings every Tuesday.',
    'Happy birthday to Biscuit, our school dog, who was born on 2nd May 2022 🐾',
    'Year 6 learned how to treat a sprained ankle in their first aid course.',
  ])('leaves %j alone', (text) => {
    expect(data(text)).toEqual([]);
  });
});
