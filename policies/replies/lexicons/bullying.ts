// Cyberbullying of pupils (§10): mocking, exclusion and body-shaming aimed at a child.
import type { LexiconEntry } from '../../text/lexicon.ts';

export const BULLYING: LexiconEntry[] = [
  {
    pattern:
      "everyone hates|nobody likes (?:him|her|them)|no ?one likes|nobody wants [\\p{L}]+|got no friends|no friends|(?:making|start) a group chat without|no ?one invited|nobody sit next to|(?:let's|lets|we should|everyone|everybody|y'all|yall|we should all) (?:all )?(?:unfollow|ignore|block|blank|avoid|leave out|not talk to|stop talking to)(?! (?:the|this|that|these|those|it|any|all|comments?|spam|trolls?|haters?|him on here)\\b)|don't let [\\p{L}]+ near|stay away from (?:him|her)",
    reason: 'exclusion',
  },
  {
    pattern:
      'looks like a (?:boy|girl|potato|pig|whale)|lay off the (?:pies|cakes|burgers)|fat (?:one|kid|loser)|the fat|whale alert|🐷|🐘|smells like|stinks|so ugly|ur so ugly|(?:big|fat) [\\p{Lu}][\\p{L}]+ making the floor shake',
    reason: 'body-shaming',
  },
  {
    pattern:
      "thinks (?:she|he)(?:'s| is) (?:an? [\\p{L}]+|all that|it|better than|too good|so special|something)|thinks (?:she|he) can|thinks shes it|can'?t even (?:kick|sing|run|read)|imagine being|such a tryhard|tryhard|so cringe|cringe|nobody asked|only (?:won|got picked) coz|(?:bet|lol|lmao) [\\p{L}]+ cried|(?<!\\b(?:i'm|im|i am|we're|we are|i was|we were|i've been|ive been) )crying at|wets the bed|got dumped|look at (?:her|his|[\\p{L}]+'s) face|screenshot and send|bring him down a peg|charity shop|is a snake|swot|get a personality|the ginger kid|the kid in the|her in the middle|his in the|who let [\\p{L}]+ on the team",
    reason: 'mocking a child',
  },
  {
    pattern:
      'knows what [\\p{L}]+ did|should i post the vid|mean stuff about|everyone says it|everyone knows (?!it\\b|that\\b|this\\b)[\\p{L}]+',
    reason: 'spreading rumours about a child',
  },
  {
    pattern:
      '(?:the )?r[\\*@]?tard from|freak show|weirdo in|in (?:the )?(?:\\d(?:st|nd|rd|th)|second|third|back) (?:pic|row|photo)',
    reason: 'picking out a child in the photos',
  },
];

/**
 * Mockery that is bullying only when a child is its target (named, or "the new girl"): the same
 * words about the head or a parent are abuse or fair comment. Read with `aimsAtChild`.
 */
export const CHILD_MOCKERY: LexiconEntry[] = [
  {
    pattern:
      "(?:is|he's|she's|hes|shes|they're|such an?|what an?|absolute|proper|total|a right|clumsy|little|stupid|ugly|fat) (?:an? )?(?:loser|nerd|geek|liar|slag|slut|skank|pig|idiot|moron|weirdo|freak|tramp|scruff|minger|cry ?baby|baby|div|mong|retard|r\\*tard|spaz|sp\\*z|snake|grass|snitch|dweeb|reject|suck ?up|teacher'?s pet|brown ?nose|goody two shoes|swot|nerd|geek|boff|boffin|fake|copycat|fraud|two[- ]faced \\w+)s?",
    reason: 'name-calling a child',
  },
  {
    pattern:
      "(?:literally |honestly )?(?:nobody|no ?one|no-one) (?:likes|wants|wanted|sits|sat|talks|plays|invited|cares about|would (?:miss|notice))|(?:nobody|no ?one|no-one|don't|dont|never|do not) (?:play|sit|talk|hang out|hang around|partner up|be friends) with|(?:got|has|have|has got|riddled with|crawling with) (?:nits|lice|fleas|germs|cooties)|(?:should|needs to|ought to) (?:just )?(?:leave|move schools?|go away|disappear)|who (?:invited|picked|let|asked) (?:him|her|them|[\\p{L}]+)\\b|always (?:on (?:his|her) own|alone) at (?:break|lunch|play)",
    reason: 'exclusion',
  },
  {
    pattern:
      "(?:hasn't|has never|doesn't|never|don't) (?:washed|showered|had a wash|bathed|brush(?:ed)? (?:his|her) (?:teeth|hair))|(?:stinks|smells|reeks|smelly|minging|greasy|spotty|ugly|fat|chubby|skinny|midget|manky)\\b|(?:a )?face only a mother|look at (?:the state of )?(?:her|his|their|[\\p{L}-]+'s) (?:hair|face|teeth|nose|ears|clothes|shoes|trainers|outfit|legs|belly|weight|glasses|voice)",
    reason: 'body-shaming',
  },
  {
    pattern:
      "can'?t even (?:catch|throw|kick|sing|dance|run|read|spell|swim|talk|count)|(?:thinks|think) (?:she's|he's|shes|hes|she is|he is|they're) (?:so |sooo+ )?(?:pretty|fit|hard|cool|clever|funny|popular|good|talented|the best)|tell (?:her|him|them) to (?:stop|shut up|give up|go away)|tell [\\p{L}]+ to (?:stop (?:showing off|being|acting|trying|posting|singing|crying|whining|moaning|talking)|shut up|give up|go away)|(?:everyone|everybody|we)(?:'s|'re| is| are)? (?:so )?(?:sick|tired|fed up) of (?:him|her|them)|(?:couldn't|could not|can't|cant) even (?:pay|afford)|(?:so )?(?:tight|skint|poor) (?:they|he|she) (?:couldn't|can't|cant)|(?:why's|why is|how is|how's) (?:he|she) (?:even |still )?(?:on|in) the (?:team|squad|choir|play|photo)|(?:fell|falling|fell flat|tripped|cried|crying(?! (?:with laughter|laughing|happy tears|tears of joy))|wet (?:himself|herself)|came last|came second|got dropped|missed|dropped)\\b[^.!?]{0,30}(?:😂|🤣|💀|lol|lmao+|haha+)|(?:lol|lmao+|haha+|😂|🤣|💀)[^.!?]{0,30}(?:fell|tripped|cried|crying(?! (?:with laughter|laughing|happy tears|tears of joy))|wet (?:himself|herself)|came last|got dropped|missed|dropped)\\b|(?:flushed|stuffed|shoved|dunked) (?:his|her|their) head|(?:his|her|their) head (?:flushed|stuffed|shoved|dunked)",
    reason: 'mocking a child',
  },
  {
    pattern:
      "(?:nobody|no ?one|no-one)\\b[^.!?]{0,20}(?:can stand|likes|wants) (?:him|her|them)|(?:don't|dont|do not|never) invite [\\p{L}]+|(?:he's|she's|hes|shes|he is|she is|they're) (?:so |really |proper |well |such )?(?:annoying|rubbish|slow|useless|weird|embarrassing|cringe|thick|dumb|stupid|pathetic|a snitch|a grass)|so (?:annoying|weird|cringe|embarrassing|pathetic|fake)|can'?t (?:sing|dance|play|run|act|kick a ball) for toffee|no wonder (?:she's|he's|shes|hes|she has|he has) got (?:none|no friends|no mates)|imagine having [\\p{L}]+ as an? (?:best )?(?:mate|friend|partner)|(?:smile|talk|sing|eat|speak) less\\b|(?:skint|poor|tramp|benefits|scruffy|chav) (?:family|kid|kids|boy|girl|mum|trainers)|trainers are from|(?:wheelchair|crutches|walking frame|hearing aids?|autistic|special needs|sen)\\b[^.!?]{0,30}(?:in the way|ruined|held (?:us|everyone) back|slow(?:ed|ing)? (?:us|everyone) down)|(?:looks|look) like an? [\\p{L} ]{2,20}(?:😂|🤣|💀|lol|lmao)|(?:got|getting|gets) (?:rinsed|mugged off|roasted)|(?:look at )?the state of (?:her|his|[\\p{L}-]+'s)",
    reason: 'mocking a child',
  },
];

/** Laughter in a reply: with a child as target and something mocked, it is laughing at them. */
export const LAUGHTER = /😂|🤣|💀|😹|\b(?:lol+|lmf?ao+|haha+|hahaha\w*|rofl|kmt|ew+|yuck)\b|🤢|🤮/u;

/** What children are laughed at for: looks, clothes, clumsiness, family, being different. */
export const MOCKED =
  /\b(?:looks? like|look at|state of|rolled out of bed|hair ?cut|hair|teeth|glasses|braces|ears|nose|spots|acne|weight|belly|ginger|tiny|midget|clothes|trainers|shoes|voice|smells?|smelly|weird|rubbish|slow|fat|skinny|ugly|thick|dumb|stupid|cringe|fell|tripped|cried|crying(?! (?:with laughter|laughing|happy tears|tears of joy))|dropped|prison|benefits|skint|poor|no wonder|copies|fake|can'?t even|wet (?:him|her)self)\b|🤓|🤡|🐷/u;

/** Praise or fondness that makes the laughter affectionate. */
export const PRAISE =
  /❤️|🥰|😍|👏|💪|⭐|🌟|\b(?:well done|well played|proud|priceless|legend|legends|love|loved|lovely|bless|cute|sweet|amazing|brilliant|superstar|star|congrats|congratulations|adorable|gorgeous|so happy|hero|champion|great)\b/u;

/** Words that make bullying name-calling as well, which the log records as abuse too. */
export const NAME_CALLING =
  /\b(?:snitch|grass|fat|loser|weirdo|freak|whale|ugly|snake|fr\*ak|r\*tard|baby|pig|idiot|moron|slag|slut|skank|tramp|minger|retard|spaz|sp\*z|mong)\b/i;
