// A school's terms of use agreement (§2: "a terms of use agreement, which all content published
// must be in accordance with"), as the marketing officer writes it. Rules are numbered in the
// order they are listed here, so a finding's "rule 4" is the fourth line the officer sees.

export interface TermRule {
  term: string;
  reason: string;
}

export interface AllowedPhrase {
  phrase: string;
  /** Why it only looks like a problem here, e.g. "our school's name" or "the Year 2 garden". */
  reason: string;
}

export interface RequiredElement {
  /** Text every post must carry, e.g. "#HollyBankPride". */
  element: string;
  reason: string;
}

export interface PostingHours {
  /** UK wall-clock "HH:MM"; posts go out between these times. */
  from: string;
  to: string;
  reason: string;
}

export interface TermsRules {
  blocked: TermRule[];
  warned: TermRule[];
  allowed: AllowedPhrase[];
  required: RequiredElement[];
  postingHours: PostingHours | null;
}

/** One version of a school's agreement. Version 0 is "none written yet". */
export interface TermsOfUse {
  version: number;
  rules: TermsRules;
}

export const NO_TERMS: TermsOfUse = {
  version: 0,
  rules: { blocked: [], warned: [], allowed: [], required: [], postingHours: null },
};

export type NumberedRule =
  | { number: number; kind: 'blocked' | 'warned'; rule: TermRule }
  | { number: number; kind: 'allowed'; rule: AllowedPhrase }
  | { number: number; kind: 'required'; rule: RequiredElement }
  | { number: number; kind: 'postingHours'; rule: PostingHours };

/** Every rule with the number findings cite. */
export function numberedRules(rules: TermsRules): NumberedRule[] {
  const listed = [
    ...rules.blocked.map((rule) => ({ kind: 'blocked' as const, rule })),
    ...rules.warned.map((rule) => ({ kind: 'warned' as const, rule })),
    ...rules.allowed.map((rule) => ({ kind: 'allowed' as const, rule })),
    ...rules.required.map((rule) => ({ kind: 'required' as const, rule })),
    ...(rules.postingHours ? [{ kind: 'postingHours' as const, rule: rules.postingHours }] : []),
  ];
  return listed.map((r, i) => ({ ...r, number: i + 1 }) as NumberedRule);
}

/** "terms of use v3, rule 4": how a finding names what it enforces. */
export const citation = (version: number, number: number) => `terms of use v${version}, rule ${number}`;
