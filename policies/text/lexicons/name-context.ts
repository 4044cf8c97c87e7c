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

/**
 * Seasonal greetings and folk or storybook figures that read exactly like a first name and a
 * surname ("Merry Christmas", "Jack Frost", "Robin Hood"). A roster can hold a pupil of that name,
 * so the phrase counts as the pupil only with praise or a year group right beside it.
 */
export const FIGURES_AND_GREETINGS =
  /^(?:(?:merry|happy|jolly|joyous|blessed|joy) (?:christmas|xmas|easter|diwali|eid|hanukkah|holidays?|halloween|new year|noel|solstice)|jack (?:frost|horner|sprat)|robin hood|guy fawkes|santa claus|peter (?:pan|rabbit)|tom thumb|mary poppins|old king cole|mother (?:nature|goose|christmas)|little john)$/;

/**
 * Nouns that make the words before them a place or an event ("the Robin Wood nature trail",
 * "Holly Bank car park", "Noel Day assembly"), written in lower case after the name.
 */
export const PLACE_OR_EVENT_NOUNS = new Set(
  (
    'trail trails wood woods forest lane road street avenue crescent estate entrance gate gates site ' +
    'building bridge path footpath roundabout junction farm fayre fete festival day days assembly party ' +
    'parade carnival disco concert celebration ceremony gala procession market church chapel school ' +
    'academy primary campus garden gardens allotment beach bay hill outing residential nativity panto ' +
    'pantomime grotto'
  ).split(' '),
);

/**
 * The same after a word that describes them ("nature walk", "car park", "leisure centre"), but not
 * straight after a name, where they are as often a verb or a role ("Finn Green crossing the line",
 * "centre forward", "reserve goalkeeper").
 */
export const PLACE_OR_EVENT_AFTER_MODIFIER = new Set(
  'walk walks visit trip park centre center hall fair field fields crossing reserve service show play'.split(
    ' ',
  ),
);

/** Words between a name and such a noun that keep it a person's ("Sam Green birthday party"). */
export const PERSONAL_OCCASIONS = new Set([
  'birthday',
  'leaving',
  'retirement',
  'welcome',
  'farewell',
  'memorial',
]);

/** Going somewhere just before the words: "our walk to Robin Wood", "we explored Holly Bank". */
export const PLACE_BEFORE =
  /\b(?:(?:walk(?:ed|ing|s)?|trips?|visits?|went|go(?:ing)?|head(?:ed|ing)?|journey(?:ed)?|outings?|day out|set off|directions) (?:to|through|around|round|into|up|along|over)|visit(?:ed|ing)|explor(?:e|ed|ing)|hik(?:e|ed|ing)) (?:the )?$/;

/**
 * Capitalised words after a possessive that make a business or a place ("Hunter's Bakery", "Hood's
 * Bay", "Gold's Gym"), unlike a pupil's own things ("Priya's Diwali lamp", "Sasha's Russian accent").
 */
export const BUSINESS_OR_PLACE_AFTER_POSSESSIVE = new Set(
  (
    'bakery bakes cakes kitchen cafe café diner deli bistro pantry shop shops store stores gym salon ' +
    'barbers butchers builders plumbing electrics motors garage taxis cabs catering studio academy ' +
    'school nursery farm bay gate church chapel cathedral hall yard place lane road street wood woods ' +
    'park field fields garden gardens hill house cottage inn pub bar takeaway pizzeria day eve'
  ).split(' '),
);
