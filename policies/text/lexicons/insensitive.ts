// Insensitive treatment of sensitive matters (§3: "sensitive towards those who will read it").
// Mocking bereavement, illness, disability, religion, poverty or appearance, and shaming
// families or children in public. Neutral notices on the same topics do not match.
import type { LexiconEntry } from '../lexicon.ts';

const MOCK = '(?:😂|🤣|😅|🙄|🤔|😬|🤷|🙈|😆|lol|funny that|anyway)';

/** Sensitive subjects that a laughing emoji or "hilarious" turns into a joke. */
const CONDITION =
  "(?:wheelchairs?|disab\\w+|autis\\w+|blind|deaf|special needs|sen|down'?s|stammer\\w*|wonky|limp\\w*)";

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
      'not everyone is academic|for the rest[^.!?]{0,10}never mind|strugglers|(?:red|bottom|lowest) (?:zone|group|table|set)[^.!?]{0,30}you know who you are|came (?:last|bottom) in (?:every|all)|(?:finally|at last) (?:managing|managed|made it)[^.!?]{0,30}(?:full week|on time|in school)|only took (?:till|until|them)|most likely to (?:be late|fail|get detention|forget)',
    reason: "shames a child's results, attendance or ability",
  },
  {
    pattern: `(?:sad|tragic|terrible|awful) news[^.!?]{0,120}${MOCK}|(?:cancer|surgery|hospital|funeral|died|passed away|diagnos\\w+)[^.!?]{0,60}${MOCK}|${CONDITION}[^.!?]{0,40}(?:hilarious|😂|🤣|lol)`,
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
