import { describe, expect, it } from 'vitest';
import { createReplyClassifier } from './index.ts';

const classify = createReplyClassifier([
  {
    upn: 'P823741005101',
    firstName: 'Tomasz',
    lastName: 'Kowal',
    yearGroup: 'Year 5',
    photoConsent: true,
    nameConsent: true,
  },
]);

describe("a child's whereabouts and school in replies", () => {
  it('flags where a child lives and which school and year they are in, whatever the capitals', () => {
    expect(classify('Isn’t that the lad from Elm Road? He walks past ours every day').labels).toContain(
      'pupil_data',
    );
    expect(
      classify('my nephew is year 4 at Oakfield Primary, same class as the boy in this').labels,
    ).toContain('pupil_data');
  });

  it('leaves ordinary mentions of year groups and roads alone', () => {
    expect(classify('Year 6 pupils did brilliantly, well done all!').labels).not.toContain('pupil_data');
    expect(classify('Roadworks on the main road again, allow extra time for drop-off').labels).toEqual([]);
  });
});
