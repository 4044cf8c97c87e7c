// Insensitive treatment of sensitive matters (§3: "sensitive towards those who will read it").
// Mocking bereavement, illness, disability, religion, poverty or appearance, and shaming
// families or children in public. Neutral notices on the same topics do not match.
import type { LexiconEntry } from '../lexicon.ts';

const MOCK = '(?:😂|🤣|😅|🙄|🤔|😬|🤷|🙈|😆|lol|funny that|anyway)';

export const INSENSITIVE: LexiconEntry[] = [
  {
    pattern: "'(?:passed away|back|depressed|ill|sick|poorly|anxious|migraine|bereavement)'",
    reason: "scare quotes cast doubt on someone's illness or loss",
  },
  {
    pattern: "you're not (?:depressed|anxious|autistic|ill)|just (?:tired|lazy|attention[- ]seeking)",
    reason: 'dismisses a health condition',
  },
  {
    pattern:
      "(?:lost|losing) (?:his|her|their) (?:mum|dad|mother|father|nan|grandad|grandma|parent|brother|sister)[^.!?]{0,30}\\.? ?anyway|fingers crossed it hasn't spread|hasn't spread",
    reason: 'makes light of a death or illness',
  },
  {
    pattern: "messy divorce|broken home|(?:parents'?|parent's) (?:divorce|split)",
    reason: "exposes a family's private difficulty",
  },
  {
    pattern:
      "(?:can't|cannot|couldn't) afford|(?:if your child )?doesn't bring (?:a|the) (?:pound|£\\d+)|only fair on those who pay|no money,? no|still waiting on payment from|payment from the \\p{L}+s|(?:looking like|look like) they've slept in|two sizes too small|scruffy|tatty|charity shop clothes",
    reason: 'shames families about money or clothes',
  },
  {
    pattern:
      'lay off the (?:burgers|pies|cake|chips|biscuits)|chunky monkeys?|fatties|(?:fat|chubby|podgy|tubby) (?:kids?|ones?|children)|biggest appetite|hair is brushed this time|frankly embarrassing|head lice again|head lice AGAIN',
    reason: "mocks children's or parents' appearance or weight",
  },
  {
    pattern:
      'like everyone else|book (?:family )?celebrations in the holidays|without food[^.!?]{0,20}rather you than me|sombreros?,|grass skirts|bindis? out|blacked? up|dress(?:ed)? up as an? (?:indian|eskimo|arab|gypsy)',
    reason: 'treats a religion or culture as a joke or a nuisance',
  },
  {
    pattern:
      'not everyone is academic|for the rest[^.!?]{0,10}never mind|strugglers|red zone you know who you are|came last in every|finally managing a full week|only took (?:till|until)|most likely to be late',
    reason: "shames a child's results, attendance or ability",
  },
  {
    pattern: `(?:sad|tragic|terrible|awful) news[^.!?]{0,120}${MOCK}|(?:cancer|surgery|hospital|funeral|died|passed away|diagnos\\w+)[^.!?]{0,60}${MOCK}`,
    reason: 'jokes alongside serious news',
  },
  {
    pattern: "(?:don't|doesn't) care about (?:their|your) (?:kids|children)|some parents just",
    reason: 'blames parents in public',
  },
  {
    pattern:
      'taken to hospital after|car crash|in (?:his|her) thoughts|keep [\\p{L} ]{2,30} (?:and (?:his|her) family )?in your thoughts',
    reason: "makes a family's private trauma public",
  },
];
