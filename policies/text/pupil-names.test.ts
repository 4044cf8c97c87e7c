import { describe, expect, it } from 'vitest';
import { createTextChecker } from './index.ts';
import { flaggedWords, TEST_ROSTER } from './test-roster.ts';

const check = createTextChecker(TEST_ROSTER);
const named = (text: string, category: string) => flaggedWords(check, text, category);

describe('pupil full names', () => {
  it.each([
    ['Well done to Daisy Hill in Year 3!', 'Daisy Hill'],
    ['Results: Hill, Daisy and others', 'Hill, Daisy'],
    ["Hattie Cook's tagine won", 'Hattie Cook'],
    ['Chess champion Oisin Byrne', 'Oisin Byrne'],
    ['Star of the week #AmeliaHughes', 'AmeliaHughes'],
    ['welcome #ameliahughes', 'ameliahughes'],
    ['Player of the match\nKofi\nMensah', 'Kofi\nMensah'],
    ['HUGE WELL DONE TO AMELIA HUGHES TODAY', 'AMELIA HUGHES'],
    ['Gold for A. Hughes and D. Hill', 'A. Hughes'],
  ])('blocks %j naming %j', (text, name) => {
    expect(named(text, 'pupil_full_name')).toContain(name);
    expect(check({ text }).find((f) => f.category === 'pupil_full_name')?.severity).toBe('block');
  });

  it.each([
    'Our Summer Field Day is on Friday!',
    'Autumn walk to Daisy Hill Nature Reserve',
    'Congratulations to Mr Daniel Brown, our new deputy head',
    'As the nights draw in, we hope winter is kind to all our families.',
    'A King visited the museum in the story.',
  ])('leaves %j alone', (text) => {
    expect(named(text, 'pupil_full_name')).toEqual([]);
  });

  it('blocks again, citing §7, when the post has an image', () => {
    const findings = check({ text: 'Well done Daisy Hill!', hasImage: true });
    const withImage = findings.find((f) => f.ruleId === 'text.pupil-full-name-with-image');
    expect(withImage).toMatchObject({ severity: 'block', clause: '§7', span: [10, 20] });
  });
});

describe('pupil first names', () => {
  it.each([
    ['Well done to Kofi in Year 2 for reading 100 books!', 'Kofi'],
    ['Congratulations to May in Year 4 for winning', 'May'],
    ['Huge thanks to Will, our eco-monitor', 'Will'],
    ['Congratulations to Amber N. on her selection', 'Amber N'],
  ])('warns on %j naming %j', (text, name) => {
    expect(named(text, 'pupil_first_name')[0]).toContain(name);
  });

  it.each([
    'Will you join us for our coffee morning?',
    'May we remind parents that school closes early.',
    'Grace Darling Day at school: we re-enacted the rescue.',
    'Rishi Sunak and Keir Starmer used TikTok in the campaign.',
    'Good luck to Miss Amber who starts her leave today',
    'AMBER weather warning for wind tomorrow.',
  ])('leaves %j alone', (text) => {
    expect(named(text, 'pupil_first_name')).toEqual([]);
  });
});
