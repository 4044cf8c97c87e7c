// Phone numbers and email addresses of people, as opposed to the school's own office lines.
import { createRequire } from 'node:module';
import type { Finding } from '../types.ts';
import type { TextRule } from './rule.ts';
import { findingOf, quote } from './rule.ts';

const identity = {
  id: 'text.personal-data.contact',
  category: 'personal_data',
  severity: 'block',
  clause: '§7',
} as const;

/** Addresses that belong to an organisation, not a person. */
const INSTITUTIONAL_DOMAIN = /\.(?:sch\.uk|gov\.uk|ac\.uk|nhs\.uk|nhs\.net|police\.uk|org\.uk|org)$/i;
const FREE_MAIL =
  /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|btinternet|sky|virginmedia|talktalk|protonmail|proton|gmx|mail)\.(?:com|co\.uk|net|me|uk)$/i;
const ROLE_MAILBOX =
  /^(?:office|admin|info|enquiries|reception|head|headteacher|trips|finance|bursar|pta|sendco|senco|attendance|admissions|hello|contact)\b/i;

/** Nine digits in one run (spaces, dots, dashes, brackets between): short of that, no UK number. */
const PHONE_LIKE = /\d(?:[ ().-]{0,3}\d){8}/;
const EMAIL = /[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu;

function personalEmail(local: string, domain: string): boolean {
  if (INSTITUTIONAL_DOMAIN.test(domain)) return false;
  if (FREE_MAIL.test(domain)) return true;
  return !ROLE_MAILBOX.test(local) && /[a-z]+[._][a-z]+/i.test(local);
}

/** Landlines are office numbers unless the post says they are someone's own. */
function personalLine(text: string, start: number, mobile: boolean): boolean {
  const before = text.slice(Math.max(0, start - 60), start).toLowerCase();
  if (
    /(?:school|office|reception|main)\s+(?:office\s+)?(?:number|line|phone|on)?\s*(?:on|:)?\s*$/.test(before)
  )
    return false;
  return mobile || /\b(?:home|personal|private|mobile|whatsapp)\b/.test(before);
}

interface FoundNumber {
  startsAt: number;
  endsAt: number;
  number: { nationalNumber: string };
}

type FindNumbers = typeof import('libphonenumber-js').findNumbers;
let findNumbers: FindNumbers | undefined;

/**
 * libphonenumber-js is loaded on first need, through its CommonJS build: its ES build is ~200
 * modules that would each slow the CLI's start, and most posts hold no number at all.
 */
function phoneNumbers(text: string): FoundNumber[] {
  findNumbers ??= (createRequire(import.meta.url)('libphonenumber-js') as typeof import('libphonenumber-js'))
    .findNumbers;
  return findNumbers(text, {
    defaultCountry: 'GB',
    v2: true,
    leniency: 'POSSIBLE',
  } as never) as unknown as FoundNumber[];
}

export const personalContact: TextRule = {
  ...identity,
  description:
    'Personal phone numbers and personal email addresses (school office numbers and @…sch.uk are fine)',
  check({ text }): Finding[] {
    const findings: Finding[] = [];
    const numbers = PHONE_LIKE.test(text) ? phoneNumbers(text) : [];
    for (const found of numbers) {
      const mobile = found.number.nationalNumber.startsWith('7');
      if (found.number.nationalNumber.length < 9 || !personalLine(text, found.startsAt, mobile)) continue;
      const span: [number, number] = [found.startsAt, found.endsAt];
      findings.push(
        findingOf(identity, {
          message: `${quote(text, span)} looks like a personal phone number. Personal contact details must not be posted.`,
          suggestion: 'Give the school office number or ask families to contact the office instead.',
          span,
        }),
      );
    }
    for (const m of text.includes('@') ? text.matchAll(EMAIL) : []) {
      const local = m[0].slice(0, m[0].indexOf('@'));
      if (!personalEmail(local, m[1] ?? '')) continue;
      const span: [number, number] = [m.index, m.index + m[0].length];
      findings.push(
        findingOf(identity, {
          message: `${quote(text, span)} is a personal email address. Personal contact details must not be posted.`,
          suggestion: 'Use the school office address (…sch.uk) and let the office pass messages on.',
          span,
        }),
      );
    }
    return findings;
  },
};
