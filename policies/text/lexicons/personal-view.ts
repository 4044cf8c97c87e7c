// Personal views (§3: "only expresses neutral opinions and does not include any personal views").
// First-person opinion constructions and sarcasm markers; "we are so proud" is the school's voice
// and does not match.
import type { LexiconEntry } from '../lexicon.ts';

export const PERSONAL_VIEW: LexiconEntry[] = [
  {
    pattern:
      '(?:personally,? )?i (?:really |honestly |genuinely |still |just )?(?:think|believe|reckon|feel that|suppose|guess|swear)|personally|in my (?:humble )?(?:opinion|view)|imh?o|my two cents',
    reason: 'first-person opinion',
  },
  {
    pattern:
      "i'll be honest|to be honest|tbh|(?<!\\bwe(?:'re| are| were|'ve been| have been) )honestly,?|not gonna lie|i'm not going to lie|ngl|i'm sorry,? but|sorry,? not sorry|not being funny,? but|just saying|#justsaying",
    reason: 'opinion marker',
  },
  {
    pattern:
      "(?:unpopular|controversial|hot) (?:opinion|take)|call me old[- ]fashioned|am i the only one|is it just me|who(?:'s| is) with me|fight me|(?:i'll|i will) die on this hill|rant over|don't @ me",
    reason: 'announces a personal opinion',
  },
  {
    pattern:
      "can't believe|i can't stand|i hate|i'm (?:knackered|exhausted|fuming|livid|sick of)|i've (?:completely )?changed my mind|i wasn't sure|i cried|i've (?:ever )?(?:seen|taught|known|met)|in (?:all )?my \\d+ years|(?:rather|better) you than me",
    reason: "the author's own feelings rather than the school's voice",
  },
  {
    pattern:
      "seriously\\?|funny that|you know who you are|we know who you are|anyone who disagrees|can unfollow|thanks for nothing|the best [\\p{L} ]{0,20}i've|(?:slightly|very|rather|quite|so|really|bitterly) disappointed|i suppose",
    reason: 'sarcasm or a rant aimed at readers',
  },
  {
    pattern:
      'thank you to (?:the|all the) (?:parents?|people|drivers?|person) who (?:think|seem to think|thinks)|(?:who|whoever) (?:keeps|parked|thought|decided|schedules|planned|organised|is responsible)|maybe the [\\p{L} ]{2,30} should',
    reason: 'sarcasm aimed at others',
  },
  {
    pattern:
      "(?:you|you're|an?|what an?|like|such) (?:absolute|complete|total|utter) [\\p{L}@*!$1]+|bunch of (?:cheats|muppets|idiots|clowns|losers)|(?:are|were) a disgrace",
    reason: 'a rant at someone',
  },
  {
    pattern:
      "frankly|maybe (?:you |parents |families )?(?:should|prioriti[sz]e|try)|like everyone else|never mind|shame it took|disgraceful that|who the [\\p{L}*@!$ ]{1,12} (?:steals|does|thinks|parks)|some absolute|another '[^']{2,30}'|(?:you're|you are|they're|it's|isn't|aren't) (?:not )?(?:just )?'[\\p{L} ]{2,20}'|(?:proud|glad) (?:that )?(?:our school|we) (?:stands?|stood) (?:with|against|up for)|(?:teachers|staff|nurses|workers|they|we|our \\p{L}+) deserve (?:a )?(?:fair|better|proper|decent)",
    reason: "a judgement or sarcasm in the author's own voice",
  },
  { pattern: '🙄|🤷(?:‍[♂♀]️?)?|😒|🤦(?:‍[♂♀]️?)?|😏', reason: "an eye-roll is the author's sarcasm" },
  {
    pattern:
      "as an? (?:mum|dad|mother|father|parent|teacher|headteacher|head|grandparent) (?:myself|of \\p{L}+)|i (?:have|had|must|need) to say|if you ask me|for what it's worth|if i'm (?:being )?honest|in my experience|(?:let's|lets) (?:be (?:real|honest)|face it)|truth be told|if we're (?:being )?honest|here's a (?:thought|novel idea|radical idea|crazy idea|wild idea|tip)",
    reason: 'first-person opinion',
  },
  {
    pattern:
      "real talk|hear me out|not to brag|nothing annoys me|(?:drives|drive) me (?:mad|crazy|up the wall|round the bend)|gets on my nerves|the bane of my life|(?:is|was) (?:quite )?beyond me|i'm (?:fairly|pretty|quite) sure|in our (?:humble |honest )?opinion|is (?:it )?just (?:me|us)(?: or)?|(?:is|am|does|did|was|has) anyone else|with (?:all due )?respect,? (?:you're|you are|that's)|you're (?:just )?wrong|why (?:on earth )?anyone (?:thought|thinks|would)|(?:rant|opinion|hot take|confession|soapbox) (?:incoming|alert|time)|strong opinion|mini[- ]rant|rant:|oh wait|said no (?:one|teacher|parent|child|pupil|student) ever|yeah,? right|shock,? horror|what a surprise|asking for (?:a friend|every|all)|miracles (?:do|can) happen|wonders (?:will )?never cease|nobody (?:actually|really|ever) (?:enjoys|likes|wants|reads)",
    reason: "sarcasm or a rant in the author's own voice",
  },
  {
    pattern:
      "some (?:of you|people|parents|families|drivers)(?: in [\\p{L}\\d ]{2,12})? (?:really |clearly |seriously |obviously |still |just )?(?:drive|park|seem to|think|can't|cannot|won't|don't|never|insist|forget)|that's on you|(?:it's|that's) (?:your|their) (?:fault|problem)|can't stress (?:this|that) enough|i beg (?:you|of you)|have a word with (?:yourself|yourselves)|get a grip|but come on|come on,? (?:people|parents|families|guys|folks)|stop being (?:so|such)",
    reason: 'a rant aimed at readers',
  },
  {
    pattern:
      "(?:dear|to|a message (?:for|to)|note to|shout ?out to|thanks to|thank you to)(?: all| the| those| that)? (?:parents?|people|person|drivers?|individuals?|families|ones?) who (?:park|parked|keep|keeps|think|thinks|insist|insists|seem|can't|cannot|don't|won't|left|ignore|ignored|refuse)|who's the [\\p{L}*@$!]+ (?:who|that)|(?<![\\p{L}\\p{N},;] )(?:dear|to) (?:the|that) (?:[\\p{L}*@$!]+ )?(?:idiot|genius|person|parent|driver|individual|one|muppet|clown) who|we see you 👀|whoever [^.!?]{1,60}(?:you are|you're|shame on you|we will find|we know who)|(?:you are|you're|they are|they're) (?:a |an )?(?:absolute |complete |total |utter )?(?:scum|a disgrace|a joke|clowns?|idiots?|morons?|muppets?|an embarrassment|pathetic|selfish)",
    reason: 'sarcasm or an insult aimed at others',
  },
  {
    pattern:
      "why (?:on earth )?would anyone|don't know why anyone|some parents (?:just )?(?:don't|need)|did anyone else see|why (?:on earth )?(?:is|are|does|do|can't|won't|should) (?:the|our|this) (?:government|chancellor|council|prime minister|education secretary|dfe|ministers?)",
    reason: 'a rhetorical jibe',
  },
];
