// Pupils on the test rosters, named once so every file means the same children.
import type { RosterPupil } from '../../policies/types.ts';

// A pupil whose full name the §7 check refuses in a post (with photo and name consent, so only
// the surname is the problem).
export const ameliaHughes = {
  upn: 'P823741005101',
  firstName: 'Amelia',
  lastName: 'Hughes',
  yearGroup: 'Year 4',
  photoConsent: true,
  nameConsent: true,
} satisfies RosterPupil;

/** A pupil whose face may not be shown: no photo consent. */
export const oliverOkafor = {
  upn: 'D823741005102',
  firstName: 'Oliver',
  lastName: 'Okafor',
  yearGroup: 'Year 6',
  photoConsent: false,
  nameConsent: true,
} satisfies RosterPupil;

/** A second pupil with both consents (the same UPN as oliverOkafor: one roster holds one of them). */
export const oliverBennett = {
  ...oliverOkafor,
  lastName: 'Bennett',
  photoConsent: true,
} satisfies RosterPupil;
