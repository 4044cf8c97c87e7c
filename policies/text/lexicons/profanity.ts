// Profanity families (§3: "appropriate and school-friendly language"). Each base word is matched
// in every disguise people use: masked (f*ck, sh!t, b@stard, a**es), leet (sh1te), spaced
// (f u c k) and with its endings. Word edges keep "Scunthorpe", "cocktail" and "Hancock" clean.

export interface ProfanityFamily {
  word: string;
  /** Endings that keep the same meaning ("-ing", "-head"). */
  endings: string;
  reason: string;
  /** Only masked or leet forms count: the plain word is ordinary ("gay", "paki" is never ok). */
  maskedOnly?: boolean;
}

export const PROFANITY: ProfanityFamily[] = [
  { word: 'fuck', endings: 'ing|in|ed|er|ers|s|wit|head|face|ery|off', reason: 'strong swear word' },
  {
    word: 'shit',
    endings: 'e|s|ty|ter|ted|tier|tiest|head|show|hole|ting|ehouse|house|z',
    reason: 'swear word',
  },
  { word: 'cunt', endings: 's|ish', reason: 'strong swear word' },
  { word: 'bastard', endings: 's', reason: 'swear word used as an insult' },
  { word: 'twat', endings: 's|ting', reason: 'swear word used as an insult' },
  { word: 'dick', endings: 'head|heads|s', reason: 'crude insult', maskedOnly: false },
  { word: 'prick', endings: 's', reason: 'crude insult' },
  { word: 'wanker', endings: 's', reason: 'crude insult' },
  { word: 'wank', endings: 'ing|ers?|s', reason: 'crude word' },
  { word: 'bitch', endings: 'es|ing|y', reason: 'gendered insult' },
  { word: 'arse', endings: 's|hole|holes|d', reason: 'crude word' },
  { word: 'ass', endings: 'hole|holes|es', reason: 'crude word', maskedOnly: true },
  { word: 'asshole', endings: 's', reason: 'crude insult' },
  { word: 'piss', endings: 'ing|ed|er|es|head', reason: 'crude word' },
  { word: 'bollocks', endings: '', reason: 'swear word' },
  { word: 'bugger', endings: 's|ed|ing', reason: 'swear word' },
  { word: 'slag', endings: 's|ged', reason: 'sexual insult' },
  { word: 'slut', endings: 's|ty', reason: 'sexual insult' },
  { word: 'whore', endings: 's', reason: 'sexual insult' },
  { word: 'cock', endings: 's|head', reason: 'crude word', maskedOnly: true },
  { word: 'tosser', endings: 's', reason: 'crude insult' },
  { word: 'tosspot', endings: 's', reason: 'crude insult' },
  { word: 'knobhead', endings: 's', reason: 'crude insult' },
  { word: 'crap', endings: 'py|s', reason: 'vulgar word' },
  { word: 'freak', endings: 's', reason: 'insult, disguised to dodge filters', maskedOnly: true },
];

const ABBREVIATED = [
  'wtf',
  'ffs',
  'fml',
  'omfg',
  'stfu',
  'fkn',
  'fcuk',
  'fk',
  'fuk',
  'mf',
  'mofo',
  'gtfo',
  'lmfao',
];
/** "F.F.S.", "w.t.f": the initials spelled out with stops are the same swearing. */
const DOTTED = ABBREVIATED.filter((a) => a.length > 2).map((a) => `${[...a].join('\\.')}\\.?`);

/** Abbreviated and crude profanity. */
export const PROFANITY_SHORTHAND = [
  { pattern: [...ABBREVIATED, ...DOTTED].join('|'), reason: 'abbreviated swearing' },
  {
    pattern:
      'bloody hell|bloody (?:idiots?|nightmare|joke)|(?:what|who|where|why|how) the hell|go to hell|sod (?:off|it)|piss (?:off|take)|shut (?:up|your mouth)|screw (?:you|them|off|y.all)',
    reason: 'crude or rude wording',
  },
  {
    pattern:
      '(?:bad|dumb|jack|lard|smart) ?(?:ass|arse)(?:es|ery)?|kick(?:ed|ing|s)? (?:some )?(?:ass|arse|butt)',
    reason: 'crude word',
  },
];

export const PROFANITY_EMOJI = [
  { pattern: '🖕', reason: 'a middle-finger gesture' },
  { pattern: '🤬', reason: 'the swearing face stands for a swear word' },
];
