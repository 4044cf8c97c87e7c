import { describe, expect, it } from 'vitest';
import { normaliseYearGroup, parseRosterCsv } from './roster-csv.ts';
import { upnCheckLetter, upnProblem } from './upn.ts';

const HEADER = 'upn,first_name,last_name,preferred_name,year_group,photo_consent,name_consent';
const GOOD = 'V383214725039,Olivia,Bennett,,Reception,yes,yes';
const OTHER = 'Y383229125040,Muhammad,Hussain,Mo,Year 3,no,yes';

describe('UPN check letter', () => {
  it('accepts a UPN whose letter matches its digits', () => {
    expect(upnCheckLetter('383214725039')).toBe('V');
    expect(upnProblem('V383214725039')).toBeUndefined();
  });
  it('names the problem with a wrong letter or shape', () => {
    expect(upnProblem('A383214725039')).toBe('check-letter');
    expect(upnProblem('V38321472503')).toBe('format');
  });
});

describe('parseRosterCsv', () => {
  it('reads the DESIGN.md columns into pupils', () => {
    const { pupils, errors } = parseRosterCsv(`${HEADER}\n${GOOD}\n${OTHER}\n`);
    expect(errors).toEqual([]);
    expect(pupils[1]).toEqual({
      upn: 'Y383229125040',
      firstName: 'Muhammad',
      lastName: 'Hussain',
      preferredName: 'Mo',
      yearGroup: 'Year 3',
      photoConsent: false,
      nameConsent: true,
    });
  });

  it('copes with a BOM, CRLF, quoted fields and extra columns', () => {
    const text = `\uFEFF${HEADER},house\r\nV383214725039,"Olivia","Bennett, Jr",,Reception,yes,yes,"Red, Blue"\r\n`;
    const { pupils, errors } = parseRosterCsv(text);
    expect(errors).toEqual([]);
    expect(pupils[0]?.lastName).toBe('Bennett, Jr');
  });

  it('understands MIS header names and value spellings', () => {
    const text =
      'UPN,Legal Forename,Legal Surname,Preferred Forename,NC Year,Photo Consent,Name Consent\nV383214725039,Olivia,Bennett,Liv,R,Y,N\n';
    const { pupils } = parseRosterCsv(text);
    expect(pupils[0]).toMatchObject({
      preferredName: 'Liv',
      yearGroup: 'Reception',
      photoConsent: true,
      nameConsent: false,
    });
  });

  it.each([
    ['Year 3', 'Year 3'],
    ['Y3', 'Year 3'],
    ['3', 'Year 3'],
    ['Reception', 'Reception'],
    ['R', 'Reception'],
    ['Nursery', 'Nursery'],
    ['N', 'Nursery'],
    ['Year 14', undefined],
  ])('normalises year group %j to %j', (input, expected) => {
    expect(normaliseYearGroup(input)).toBe(expected);
  });

  it('reports every bad row with its line number and keeps the good ones', () => {
    const text = [
      HEADER,
      GOOD,
      'A383229125040,Muhammad,Hussain,,Year 3,yes,yes',
      'J384301225023,Ivy,,,Year 2,yes,yes',
      'Q384301225027,Theo,Kowalski,,Year 15,yes,yes',
      'V383214725039,Olivia,Bennett,,Reception,yes,yes',
      'Y383229125040,Muhammad,Hussain,,Year 3,maybe,yes',
    ].join('\n');
    const { pupils, errors } = parseRosterCsv(text);
    expect(pupils.map((p) => p.upn)).toEqual(['V383214725039']);
    expect(errors).toEqual([
      { line: 3, message: expect.stringContaining('wrong check letter') },
      { line: 4, message: expect.stringContaining('surname is missing') },
      { line: 5, message: expect.stringContaining('year group "Year 15"') },
      { line: 6, message: expect.stringContaining('duplicate of line 2') },
      { line: 7, message: expect.stringContaining('photo consent "maybe"') },
    ]);
  });

  it('explains a file saved with the wrong delimiter', () => {
    const { pupils, errors } = parseRosterCsv(
      `${HEADER.replaceAll(',', ';')}\n${GOOD.replaceAll(',', ';')}\n`,
    );
    expect(pupils).toEqual([]);
    expect(errors[0]).toMatchObject({ line: 1, message: expect.stringContaining('";"') });
  });

  it('names a missing required column', () => {
    const { errors } = parseRosterCsv('upn,first_name,year_group\nV383214725039,Olivia,Reception\n');
    expect(errors[0]?.message).toContain('last name');
  });
});
