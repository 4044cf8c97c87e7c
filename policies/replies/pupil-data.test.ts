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

  it("flags a child's number, handle or the child addressed in the photo", () => {
    expect(classify('ring Tomasz on 07700 900412 if you want him for the party').labels).toContain(
      'pupil_data',
    );
    expect(classify('Add him on snap, his username is tk_2015').labels).toContain('pupil_data');
    expect(classify('@tk_2015 ur so ugly in this pic bro').labels).toContain('pupil_data');
    expect(
      classify('can someone send me all the photos of the kids from the disco? I’ll pass them round').labels,
    ).toContain('pupil_data');
  });

  it("leaves a parent's own number and a reply to another adult alone", () => {
    expect(classify('Call me on 07700 900123 if you can help with lifts').labels).not.toContain('pupil_data');
    expect(classify('@mum_of_3_2019 read the letter, it says Friday').labels).toEqual([]);
    expect(classify('Can Miss Kowal add me to the parents group?').labels).not.toContain('pupil_data');
  });
});
