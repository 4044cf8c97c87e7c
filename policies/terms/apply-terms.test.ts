import { describe, expect, it } from 'vitest';
import type { Finding } from '../types.ts';
import { termsFindings, withoutAllowed, withTerms } from './apply-terms.ts';
import { NO_TERMS, type TermsOfUse } from './terms.ts';

const terms = (rules: Partial<TermsOfUse['rules']>, version = 3): TermsOfUse => ({
  version,
  rules: { ...NO_TERMS.rules, ...rules },
});

describe('terms of use', () => {
  it('finds blocked terms as whole words only, whatever their case and accents', () => {
    const t = terms({ blocked: [{ term: 'café bar', reason: 'Not a school venue' }] });
    const found = termsFindings(t, 'Meet at the CAFE  BAR; not the cafe barn.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'terms.blocked', severity: 'block', span: [12, 21] });
    expect(found[0]!.message).toContain('terms of use v3, rule 1: Not a school venue');
  });

  it('numbers rules in the order the officer sees them', () => {
    const t = terms({
      blocked: [{ term: 'raffle', reason: 'Gambling' }],
      warned: [{ term: 'trip', reason: 'Check the date is confirmed' }],
      required: [{ element: '#HollyBankPride', reason: 'Our hashtag' }],
    });
    const found = termsFindings(t, 'Trip to the zoo!');
    expect(found.map((f) => [f.ruleId, f.message.match(/rule \d+/)![0]])).toEqual([
      ['terms.warned', 'rule 2'],
      ['terms.required', 'rule 3'],
    ]);
    expect(termsFindings(t, 'Trip to the zoo! #hollybankpride').map((f) => f.ruleId)).toEqual([
      'terms.warned',
    ]);
  });

  it('warns outside posting hours, including a window past midnight', () => {
    const day = terms({ postingHours: { from: '07:30', to: '20:00', reason: 'Family time' } });
    expect(termsFindings(day, 'Hello', '19:59')).toEqual([]);
    expect(termsFindings(day, 'Hello', '20:00')[0]).toMatchObject({
      ruleId: 'terms.posting-hours',
      severity: 'warn',
    });
    expect(termsFindings(day, 'Hello')).toEqual([]);
    const night = terms({ postingHours: { from: '18:00', to: '02:00', reason: 'Evening events' } });
    expect(termsFindings(night, 'Hello', '01:00')).toEqual([]);
    expect(termsFindings(night, 'Hello', '12:00')).toHaveLength(1);
  });

  it('drops only findings lying inside an allowed phrase', () => {
    const text = 'Holly Bank fair; Holly did well.';
    const name = (span: [number, number]): Finding => ({
      ruleId: 'pupil.first-name',
      category: 'pupil_first_name',
      severity: 'warn',
      clause: '§7',
      message: 'x',
      span,
    });
    const t = terms({ allowed: [{ phrase: 'holly bank', reason: 'Our school' }] });
    expect(withoutAllowed(t.rules, text, [name([0, 5]), name([17, 22])])).toEqual([name([17, 22])]);
    expect(withTerms(() => [name([0, 5])], t)({ text })).toEqual([]);
    expect(withTerms(() => [name([0, 5])], NO_TERMS)({ text })).toHaveLength(1);
  });
});
