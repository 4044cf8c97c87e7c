// Insensitive treatment of sensitive matters (§3: "sensitive towards those who will read it").
// Mocking bereavement, illness, disability, religion, poverty or appearance, and shaming
// families or children in public. Neutral notices on the same topics do not match.
import type { LexiconEntry } from '../lexicon.ts';

const MOCK = '(?:😂|🤣|😅|🙄|🤔|😬|🤷|🙈|😆|lol|funny that|anyway)';

/** Sensitive subjects that a laughing emoji or "hilarious" turns into a joke. */
const CONDITION =
  "(?:wheelchairs?|disab\\w+|autis\\w+|blind|deaf|special needs|sen|down'?s|stammer\\w*|wonky|limp\\w*|adhd|dyslexi\\w*|dyspraxi\\w*|tourette'?s|ocd|epilep\\w*)";

export const INSENSITIVE: LexiconEntry[] = [
  {
    pattern:
      "'(?:passed away|died|back|depressed|ill|sick|poorly|anxious|anxiety|migraine|headache|stress|bereavement|covid|flu)'",
    reason: "scare quotes cast doubt on someone's illness or loss",
  },
  {
    pattern:
      "you're not (?:really )?(?:depressed|anxious|autistic|dyslexic|ill|sick)|(?:just|only) (?:tired|lazy|attention[- ]seeking|being dramatic)|no such thing as (?:adhd|dyslexia|anxiety|depression)",
    reason: 'dismisses a health condition',
  },
  {
    pattern:
      "(?:lost|losing|death of|passing of) (?:his|her|their) [\\p{L}]+[^.!?]{0,40}[.!?–-]? ?(?:anyway|on a (?:brighter|lighter|happier) note|moving on)|fingers crossed (?:it|she|he|they) (?:hasn't|has not|isn't|is not|doesn't|haven't)",
    reason: 'makes light of a death or illness',
  },
  {
    pattern:
      "messy divorce|broken home|(?:parents'?|parent's) (?:divorce|split|separation)|(?:going|been) through a (?:divorce|separation)",
    reason: "exposes a family's private difficulty",
  },
  {
    pattern:
      "(?:can't|cannot|couldn't) afford|doesn't bring (?:a|the|their) (?:pound|£\\d+|money)|only fair on (?:those|the families) who pay|no money,? no|(?:still )?(?:waiting on|waiting for|chasing) (?:payments?|money) from|(?:looking like|look like) they(?:'ve| have) slept in|sizes? too (?:small|big)|scruffy|tatty|charity shop clothes|hand-me-downs",
    reason: 'shames families about money or clothes',
  },
  {
    pattern:
      "(?:finally|eventually|at last) (?:paid|coughed up|sent (?:in )?(?:the |their )?money)|coughed up|(?:can't|cannot|couldn't) (?:spare|find|manage) (?:a|one|the|their) (?:pound|quid|£\\d+)|(?:money|cash|things|times) (?:is|are|'s) (?:tight|short|hard|tough) for (?:some|a few)|(?:skint|hard-up) (?:families|parents|kids)|(?:free school meals?|fsm|pupil premium) (?:kids|lot|ones)",
    reason: 'singles out families over money',
  },
  {
    pattern:
      '(?:afford|skint|broke|hard-up|poor|packed lunch(?:es)?|free school meals?|food bank|the rest of you)[^.!?]{0,80}[!.]? ?(?:😂|🤣|😜|lol)|(?<![\\p{L}\\p{N},;] )(?:to|dear) the (?:family|parent|parents|mum|dad|mums|dads) who[^.!?]{0,80}(?:again|we see you|you know who you are|👀)',
    reason: "makes fun of a family's money, food or care",
  },
  {
    pattern:
      "(?:sat still|behaved|listened|(?:was|were) quiet|on time|turned up|made it in|in school|in (?:full )?uniform|clean|washed|ironed|brushed|paid|fed|(?:proper|decent|hot) (?:meal|dinner|breakfast)|tidy|dressed)[^.!?]{0,25}for once|(?:made it in|turned up|came in|in school|on time|attended)[^.!?]{0,40}for the first time (?:all|this) (?:year|term)|the '[\\p{L} -]{2,20}' (?:ones|kids|children|pupils|families|lot|group|table)",
    reason: 'mocks children for behaviour, attendance or need',
  },
  {
    pattern:
      '(?:could|should|might) (?:definitely |really |certainly )?(?:do with|use) (?:a few |some )?(?:more|less|fewer) (?:salads?|veg\\w*|exercise|laps|pies|chips|cakes?|sweets|biscuits)|(?:lay|go easy) (?:off|on) the (?:crisps|chocolate|takeaways?|pies)|four[- ]eyes|speccy|(?:look|looks|looking) (?:the )?(?:most )?like an? (?:nerd|geek|weirdo|freak)|(?:dodgy|dicky|gammy) (?:heart|ticker|knee|hip|leg)',
    reason: "mocks someone's body, health or looks",
  },
  {
    pattern:
      "(?:some|certain|a few) (?:families|parents|children|kids)(?: in [\\p{L}\\d ]{2,12})? (?:really |clearly |seriously |obviously )(?:need|have|ought|should|must)|(?:some|certain) (?:families|parents) (?:never|don't seem|can't seem|just don't|still don't)",
    reason: 'blames families in public',
  },
  {
    pattern: '(?:got|get|getting|be|being|was|were) (?:converted|brainwashed)',
    reason: 'treats a religion as a threat or a joke',
  },
  {
    pattern:
      'lay off the (?:burgers|pies|cakes?|chips|biscuits|doughnuts|sweets)|chunky monkeys?|fatties|(?:fat|chubby|podgy|tubby) (?:kids?|ones?|children)|biggest (?:appetite|eater|loser)|(?:hair|uniform|shoes|faces?|teeth) (?:is|are) (?:brushed|washed|clean|ironed) (?:this time|for once)|frankly (?:embarrassing|shocking|disgusting)|(?:head lice|nits)[^.!?]{0,15}again',
    reason: "mocks children's or parents' appearance, weight or hygiene",
  },
  {
    pattern:
      '(?:eid|diwali|ramadan|hanukkah|passover|religious festivals?|(?:family )?celebrations)[^.!?]{0,50}(?:in the holidays|outside term time)|(?:fasting|without food)[^.!?]{0,30}(?:rather you than me|good luck|madness)|sombreros?,|grass skirts|bindis? out|blacked? up|dress(?:ed)? up as an? (?:indian|eskimo|arab|gypsy|mexican)',
    reason: 'treats a religion or culture as a joke or a nuisance',
  },
  {
    pattern:
      '(?:eid|diwali|hanukkah|ramadan|passover|vaisakhi|holi|religious festivals?)[^!?]{0,60}(?:at this rate|every (?:week|five minutes|other week)|yet another|another day off)',
    reason: 'treats a religion or culture as a nuisance',
  },
  {
    pattern:
      'not everyone is academic|for the rest[^.!?]{0,10}never mind|strugglers|(?:red|bottom|lowest) (?:zone|group|table|set)[^.!?]{0,30}you know who you are|came (?:last|bottom) in (?:every|all)|(?:finally|at last) (?:managing|managed|made it)[^.!?]{0,30}(?:full week|on time|in school)|only took (?:till|until|them)|most likely to (?:be late|fail|get detention|forget)',
    reason: "shames a child's results, attendance or ability",
  },
  {
    pattern: `(?:sad|tragic|terrible|awful) news[^.!?]{0,120}${MOCK}|(?:cancer|surgery|hospital|funeral|died|passed away|diagnos\\w+)[^.!?]{0,60}${MOCK}|${CONDITION}[^.!?]{0,60}[!.]? ?(?:hilarious|😂|🤣|lol)|(?:feeling|a bit|bit|proper|totally|gone|going) (?:mental|psycho|loopy)`,
    reason: 'jokes about serious news, illness or disability',
  },
  {
    pattern: "(?:don't|doesn't) care about (?:their|your) (?:kids|children)|some parents just",
    reason: 'blames parents in public',
  },
  {
    pattern:
      'taken to hospital after|car crash|in (?:his|her|their) thoughts|keep [\\p{L} ]{2,30} (?:and (?:his|her|their) family )?in your thoughts',
    reason: "makes a family's private trauma public",
  },
];

/** A laugh in the writer's voice: "😂", "lol". */
// The nervous laugh (😅) and the eye-roll (🙄) mock as surely as the belly laugh.
export const LAUGHING = /😂|🤣|😆|😜|😅|🙄|\blol\b|\blmao\b/gu;

/**
 * Matters a laugh turns into mockery: money and need, bodies and health, disability, death and
 * family break-up, faith, and one person or family singled out ("the dad who…", "the Year 4
 * family who…"). Wider than the phrasings above, as it only counts beside a laugh.
 */
export const SENSITIVE_SUBJECT =
  /\bthe (?:(?:year \d{1,2}|reception|nursery) )?(?:dad|mum|mom|parent|grand?dad|grandma|grandparent|nan|gran|carer|family|kid|child|boy|girl|pupil|one)s? who\b|\b(?:pay|paid|paying|afford\w*|money|skint|broke|poor|poverty|free school meals?|fsm|packed lunch\w*|food bank|hand-me-downs|unwashed|nits|lice|fat|weight|salads?|diet\w*|glasses|specs|teeth|spots|mental|adhd|autis\w*|dyslexi\w*|disab\w*|wheelchairs?|deaf|blind|stammer\w*|illness|cancer|hospital|died|death|funeral|passed away|grief|bereave\w*|divorce\w*|religio\w*|mosque|temple|synagogue|gurdwara|hindu|muslim|jewish|sikh|eid|diwali|hanukkah|ramadan|converted|fasting|scruffy)\b/u;
