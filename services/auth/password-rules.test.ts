import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-rules.ts';

const person = { email: 'jo.bloggs@oak.sch.uk', name: 'Jo Bloggs' };

describe('password rules', () => {
  it('accepts three random words', () => {
    expect(passwordProblems('kettle orbit marmalade', person)).toEqual([]);
  });

  it('explains a short password with what to do instead', () => {
    expect(passwordProblems('Tr0ub4!', person)).toEqual([
      'Use at least 10 characters; three random words are easy to remember and hard to guess.',
    ]);
  });

  it('refuses the passwords attackers try first, however they are punctuated', () => {
    expect(passwordProblems('Password-123', person)).toContain(
      'That password is one of the first that attackers try; choose something less common.',
    );
  });

  it('refuses the person’s own name or email in it', () => {
    expect(passwordProblems('bloggs-family-2026', person)).toEqual([
      'Leave your name and email address out of your password.',
    ]);
  });
});
