// A small roster for the rule tests: names that are also everyday words, places and figures.
import type { RosterPupil } from '../types.ts';
import type { TextChecker } from './index.ts';

export const pupil = (
  firstName: string,
  lastName: string,
  yearGroup: string,
  preferredName?: string,
): RosterPupil => ({
  upn: `A${String(firstName.length * 1000 + lastName.length).padStart(12, '0')}`,
  firstName,
  lastName,
  ...(preferredName ? { preferredName } : {}),
  yearGroup,
  photoConsent: true,
  nameConsent: true,
});

export const TEST_ROSTER: RosterPupil[] = [
  pupil('Daisy', 'Hill', 'Year 3'),
  pupil('Summer', 'Field', 'Year 5'),
  pupil('Harriet', 'Cook', 'Year 11', 'Hattie'),
  pupil('Oisín', 'Byrne', 'Year 4'),
  pupil('Amelia', 'Hughes', 'Year 1'),
  pupil('Daniel', 'Brown', 'Year 6'),
  pupil('Hope', 'Winter', 'Year 10'),
  pupil('Grace', 'Adeyemi', 'Year 6'),
  pupil('Kofi', 'Mensah', 'Year 2'),
  pupil('William', 'Price', 'Year 5', 'Will'),
  pupil('May', 'Okafor', 'Year 4'),
  pupil('Rishi', 'Patel', 'Year 8'),
  pupil('Adam', 'King', 'Year 10'),
  pupil('Amber', 'Nowak', 'Year 9'),
];

/** The words a checker flags in one category (the with-image repeat left out), for assertions. */
export function flaggedWords(check: TextChecker, text: string, category: string): string[] {
  return check({ text })
    .filter((f) => f.category === category && f.ruleId !== 'text.pupil-full-name-with-image')
    .map((f) => text.slice(f.span![0], f.span![1]));
}
