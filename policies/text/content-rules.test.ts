import { describe, expect, it } from 'vitest';
import { createTextChecker } from './index.ts';

const check = createTextChecker([]);
const spans = (text: string, category: string) =>
  check({ text })
    .filter((f) => f.category === category)
    .map((f) => text.slice(f.span![0], f.span![1]));

describe('offensive wording', () => {
  it.each([
    ['Who the f u c k steals a tin?', 'f u c k'],
    ['you were sh1te', 'sh1te'],
    ['an absolute b@stard of a ref', 'b@stard'],
    ['kicked their @rses 4-0', '@rses'],
    ['You all looked f***ing fabulous', 'f***ing'],
    ['WTF is going on with the car park?', 'WTF'],
    ['Mondays can do one 🖕', '🖕'],
    ['Anyone who parks on the zigzags needs their head examined', 'needs their head examined'],
  ])('blocks %j at %j', (text, words) => {
    expect(spans(text, 'offensive')).toContain(words);
  });

  it.each([
    'Geography fieldwork trip to Scunthorpe today',
    'We spotted 3 great tits and a robin',
    'The hoodies have arrived and they are da bomb',
    'Assessment week: class timetables are on the website',
  ])('leaves %j alone', (text) => {
    expect(spans(text, 'offensive')).toEqual([]);
  });
});

describe('insensitive wording', () => {
  it.each([
    'Sports day highlight: the wheelchair race was hilarious 😂',
    'We are still chasing payments from three families for the Year 4 trip.',
    'Reminder: please book Diwali celebrations outside term time.',
    "Make sure your child's uniform is ironed for once on photo day!",
    'Nits AGAIN in Year 2, honestly.',
  ])('warns on %j', (text) => {
    expect(check({ text }).find((f) => f.category === 'insensitive')?.severity).toBe('warn');
  });

  it.each([
    'Our wheelchair basketball team won the regional final! 🏆',
    'Eid Mubarak to all our families celebrating today 🌙',
    "Head lice letter: please check your child's hair this weekend.",
    'Spare uniform is available from the office for any family who needs it.',
  ])('leaves the neutral notice %j alone', (text) => {
    expect(spans(text, 'insensitive')).toEqual([]);
  });
});

describe('political and personal views', () => {
  it('blocks a call to vote for a party', () => {
    const text = 'If you care about our kids, vote Green on Thursday';
    expect(check({ text }).find((f) => f.category === 'political')).toMatchObject({
      severity: 'block',
      clause: '§3',
    });
  });
  it.each([
    'Pupils marched for the climate today. The government must act now!',
    'Why does the Education Secretary always find money for everything except our roofs?',
  ])('blocks the implicit stance %j', (text) => {
    expect(check({ text }).some((f) => f.category === 'political' && f.severity === 'block')).toBe(true);
  });
  it.each([
    'Our school will be used as a polling station on Thursday, so we are closed.',
    'The government has announced the new term dates for next year.',
    'Year 6 visited the Houses of Parliament today.',
    "Year 6 held a mock general election: the 'Longer Playtime Party' won!",
  ])('leaves neutral civic news %j alone', (text) => {
    expect(spans(text, 'political')).toEqual([]);
  });
  it('warns on a first-person opinion, quoting it', () => {
    const text = 'Personally I think SATs are a waste of time.';
    expect(spans(text, 'personal_view')[0]).toMatch(/Personally/);
    expect(check({ text }).find((f) => f.category === 'personal_view')?.severity).toBe('warn');
  });
  it('does not read school-voice praise as a personal view', () => {
    expect(spans('We are so proud of our Year 6 choir!', 'personal_view')).toEqual([]);
  });
});

describe('personal data', () => {
  it.each([
    ['Text Jo on 07700 900832 to join', '07700 900832'],
    ['email jo.hughes.pta@gmail.com today', 'jo.hughes.pta@gmail.com'],
    ['hosted at 3 Larkspur Grove, LS28 7QF.', '3 Larkspur Grove'],
    ['Happy birthday! Born 21st March 2018', '21st March 2018'],
    ['Jake has epilepsy and his care plan is in the office', 'epilepsy'],
    ['Sleepover for the choir at 14 Orchard Close, all welcome', '14 Orchard Close'],
  ])('blocks %j at %j', (text, words) => {
    expect(spans(text, 'personal_data')).toContain(words);
  });
  it.each([
    'Please email trips@westfield.sch.uk or call the school office on 0113 496 0321.',
    'We have pupils with severe allergies in several classes, so no nuts please.',
    'Flu vaccinations for Reception to Year 6 take place on Tuesday.',
    'Summer fair this Saturday at Ashgrove Primary School, 12 Mill Road – all welcome!',
    'Parents’ evening: find us at 3 Station Road, the old library entrance.',
  ])('leaves %j alone', (text) => {
    expect(spans(text, 'personal_data')).toEqual([]);
  });
});

describe("a named child's live whereabouts", () => {
  const roster = [
    {
      upn: 'Z1',
      firstName: 'Keziah',
      lastName: 'Mwale',
      yearGroup: 'Year 7',
      photoConsent: true,
      nameConsent: true,
    },
  ];
  const withRoster = createTextChecker(roster);
  const found = (text: string) =>
    withRoster({ text }).filter((f) => f.ruleId === 'text.personal-data.address');
  it('blocks saying where a named child is right now', () => {
    expect(
      found('Keziah is busking RIGHT NOW outside the Corn Exchange for Comic Relief – go and see her!'),
    ).toHaveLength(1);
    expect(found('Keziah is currently at Roundhay Park with the cross-country squad')).toHaveLength(1);
  });
  it('leaves time words that are not a place alone', () => {
    expect(found('Keziah is currently in Year 7 and loving it')).toEqual([]);
    expect(found('Keziah is in the lead right now in the reading challenge!')).toEqual([]);
  });
});

describe('platform limits and objectives', () => {
  it('blocks an Instagram post without an image', () => {
    expect(
      check({ text: 'Sports day on Friday!', platform: 'instagram', hasImage: false })[0]?.category,
    ).toBe('platform_limit');
  });
  it('blocks an X post over the weighted limit', () => {
    const findings = check({ text: `Sports day on Friday ${'🎉'.repeat(150)}`, platform: 'x' });
    expect(findings.some((f) => f.category === 'platform_limit' && f.severity === 'block')).toBe(true);
  });
  it('only warns when no objective fits', () => {
    const found = check({ text: 'Sunset over the sea.' }).find((f) => f.category === 'content_objective');
    expect(found?.severity).toBe('warn');
  });
});
