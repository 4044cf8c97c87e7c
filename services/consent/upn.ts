// The DfE Unique Pupil Number: a check letter followed by 12 digits. The check letter is the
// weighted sum of the digits (weights 2..13 by position) modulo 23, mapped to the letters
// A–Z without I, O and S (DfE "Unique Pupil Numbers" guidance, 2021).

const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** The check letter the 12 digits call for, or undefined if they are not 12 digits. */
export function upnCheckLetter(digits: string): string | undefined {
  if (!/^\d{12}$/.test(digits)) return undefined;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (i + 2);
  return CHECK_LETTERS[sum % 23];
}

export type UpnProblem = 'format' | 'check-letter';

/** Why a UPN is not valid, or undefined when it is. Temporary UPNs (last character a letter) are refused. */
export function upnProblem(upn: string): UpnProblem | undefined {
  const match = /^([A-Z])(\d{12})$/.exec(upn);
  if (!match) return 'format';
  return upnCheckLetter(match[2]!) === match[1] ? undefined : 'check-letter';
}
