// Words around a roster name that say it is not a pupil. General English usage, not any one
// school's roster: a new school's names are read through the same cues.

/** Titles in front of a name mean an adult (staff, clergy, police, officials) or a saint. */
export const ADULT_TITLES = new Set([
  'mr',
  'mrs',
  'miss',
  'ms',
  'mx',
  'dr',
  'rev',
  'revd',
  'reverend',
  'prof',
  'professor',
  'father',
  'fr',
  'canon',
  'pastor',
  'imam',
  'rabbi',
  'dame',
  'lady',
  'lord',
  'sir',
  'coach',
  'pc',
  'pcso',
  'sgt',
  'cllr',
  'councillor',
  'st',
  'saint',
  'madame',
  'monsieur',
  'señor',
  'señora',
  'uncle',
  'auntie',
]);

/** Nouns in front of a name that introduce someone or something other than a pupil. */
export const NON_PUPIL_INTRODUCERS = new Set([
  'dog',
  'puppy',
  'cat',
  'kitten',
  'hamster',
  'rabbit',
  'tortoise',
  'pony',
  'horse',
  'mascot',
  'guinea',
  'author',
  'poet',
  'illustrator',
  'footballer',
  'athlete',
  'olympian',
  'artist',
  'singer',
  'mp',
  'minister',
  'king',
  'queen',
  'prince',
  'princess',
  'storm',
  'hurricane',
  'legend',
  'president',
  'chancellor',
  'secretary',
  'novel',
  'book',
  'film',
  'song',
  'hymn',
  'carol',
  'musical',
  'panto',
]);

/**
 * Who a name is said to be, just after it ("Leo, the therapy dog", "Bella, our school cat", "Kemi,
 * the visiting author"): an animal or a visitor, not a pupil. Role words that praise a pupil
 * ("legend", "star") are left out.
 */
export const NON_PUPIL_APPOSITION =
  /^,? (?:the|our|a|an) (?:[\p{L}-]+ ){0,2}(?:dog|puppy|cat|kitten|hamster|rabbit|tortoise|pony|horse|alpaca|llama|goat|guinea pig|mascot|author|poet|illustrator|footballer|athlete|olympian|mp|minister|bishop|vicar)s?\b/iu;

/** Words right before a name that make it part of a title or place ("the Rose Garden", "Isle of Skye"). */
export const ARTICLES = new Set(['the', 'of', 'a', 'an']);

/** Words after a surname that make the name a business ("G Wright & Sons", "Day Ltd"). */
export const BUSINESS_AFTER =
  /^\s*(?:&|and)\s+(?:sons?|daughters?|co|partners)\b|^\s*(?:ltd|limited|plc|llp)\b/i;

/** Capitalised words after a name that still belong to a pupil mention ("Grace Hill Year 4"). */
export const SCHOOL_WORDS_AFTER_NAME = new Set(['year', 'reception', 'nursery', 'class', 'form', 'yr']);
