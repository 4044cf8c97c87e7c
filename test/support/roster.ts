// A pupil on the test roster whose full name the §7 check refuses in a post (with photo and
// name consent, so only the surname is the problem).
export const ameliaHughes = {
  upn: 'P823741005101',
  firstName: 'Amelia',
  lastName: 'Hughes',
  yearGroup: 'Year 4',
  photoConsent: true,
  nameConsent: true,
};
