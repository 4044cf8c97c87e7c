// A small fictional roster for demos, used when `seed-demo` is given none.
import type { RosterPupil } from '../../policies/types.ts';

const rows: [string, string, string, string, string, boolean, boolean][] = [
  ['P823741005101', 'Amelia', 'Hughes', '', 'Year 4', true, true],
  ['D823741005102', 'Oliver', 'Okafor', 'Olly', 'Year 6', true, false],
  ['T823741005103', 'Grace', 'Baker', '', 'Year 2', false, true],
  ['G823741005104', 'Jakub', 'Nowak', '', 'Year 5', true, true],
  ['W823741005105', 'Siobhán', 'Byrne', '', 'Reception', true, true],
  ['K823741005106', 'Zainab', 'Rahman', '', 'Year 3', true, true],
];

export const demoRoster: RosterPupil[] = rows.map(
  ([upn, firstName, lastName, preferredName, yearGroup, photoConsent, nameConsent]) => ({
    upn,
    firstName,
    lastName,
    ...(preferredName ? { preferredName } : {}),
    yearGroup,
    photoConsent,
    nameConsent,
  }),
);
