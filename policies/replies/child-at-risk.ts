// The broad safeguarding net: a reply that speaks of a child and of harm, in any wording. Stock
// phrases miss most real disclosures ("Callum came home crying and won't say why"), and a missed
// concern costs far more than the DSL reading a reply that turns out to be fine. So a child
// (named from the roster, or "my son", "a girl in year 8", "the kids") together with a cue from
// the KCSIE families is enough; the cues are word families, so "smacked", "smacks", "smacking"
// all count. The everyday uses of the same words ("crying with laughter", "hit a six", "missing
// PE kit") are blanked out before the cues are read.
import type { LexiconHit } from '../text/lexicon.ts';
import type { PostContext } from '../text/rule.ts';

/** A child described rather than named, including the writer's own. */
const CHILD =
  /\b(?:(?:step|grand)?(?:sons?|daughters?)|kids?|child|children|boys?|girls?|lads?|lass|pupils?|students?|little ones?|(?:little|baby|younger) (?:brother|sister)|teenagers?|year \d{1,2}s?|y\d{1,2}s?|\d{1,2}[- ]year[- ]olds?)\b|\b(?:my|our) (?:step ?(?:dad|mum|mom)|mum'?s (?:new )?boyfriend|dad'?s (?:new )?girlfriend)\b/;

/** A member of staff who shares a pupil's first name ("Miss Grace") is not the child. */
const TITLED = /\b(?:mr|mrs|miss|ms|mx|sir|dr)\.? $/;

export function speaksOfChild({ folded, names }: PostContext): boolean {
  if (CHILD.test(folded)) return true;
  return [...names.full, ...names.first].some(
    (m) => !TITLED.test(folded.slice(Math.max(0, m.span[0] - 6), m.span[0])),
  );
}

/** Everyday uses of the cue words; blanked out (same length, so spans stay true) before reading. */
const EVERYDAY = new RegExp(
  [
    '(?:crying|cried|cries|in tears|tears) (?:with|of|from) (?:laughter|laughing|joy|happiness|pride)|(?:crying|cried) laughing|happy tears|(?:crying|cried|in tears|sobb\\w*)[^.!?]{0,25}\\bat the end of\\b',
    '(?:scared|frightened|terrified|afraid|petrified) of (?:the dark|spiders?|heights|dogs?|the dentist|clowns?|monsters?|ghosts?|the hoover|thunder|fireworks|bees|wasps|the (?:rollercoaster|big slide|waves|water))|scary (?:story|stories|film|movie|bits?|costumes?)',
    '(?:hits?|hitting) (?:(?:a|the|his|her|their|my|our) )?(?:first |second |winning |big |massive |own )?(?:six|four|sixes|fours|home run|century|ball|target|high notes?|net|post|bar|crossbar|jackpot|ground running|road|bullseye|button|big time)|(?:kicks?|kicked|kicking) (?:the |a )?ball',
    '(?:missing|missed|misses) (?:(?:his|her|their|my|a|the|our|your) )?(?:pe kit|kit|jumper|cardigan|coat|book|bag|shoe|trainer|water bottle|lunchbox|reading book|homework|letter|form|sock|glove|hat|the trip|the show|the bus|you|her friends|his friends|school dinners|out)',
    "if (?:you(?:'re| are)?|anyone(?: is)?|parents are) (?:ever )?(?:worried|concerned)|(?:they're|we're|are) keeping it (?:a )?secret|(?:worried|concerned|worry|worries|worrying) about (?:the |this |that )?(?:weather|traffic|parking|rain|snow|cost|price|date|time|trip|show|test|exam|sats|results|reading|spelling|maths|homework)",
    '(?:secret) (?:santa|garden|agent|seven|recipe|ingredient|mission|door|passage|weapon|squirrel|admirer|to |of )|top secret|no secret|best[- ]kept secret',
    '(?:police|fire) (?:visit|visited|officers? (?:who|that) (?:visited|came)|cars?|vans?|dogs?|horses?|station trip|uniform|sirens?|talk|assembly)|visit from (?:the |our |a )?(?:local )?police|(?:pc|pcso) [a-z]+|(?:touched|touching) (?:by (?:the|your|all|how|so|such|every)|(?:my|our) hearts?)|(?:so|really|very|deeply) touched|(?:touch|touching) base|in touch',
    'bruis\\w* (?:from|after|on|off) (?:the |a |her |his |their )?(?:trampoline|football|rugby|netball|hockey|pe|fall|climbing|bike|scooter|playground|slide|swings?|match|game|knee|shin|elbow)|bruised (?:knee|shin|elbow|toe|ego|banana|apple)|(?:hungry|starving) (?:after|when|by|at the end|caterpillar)|(?:dirty|filthy|muddy) (?:after|from) (?:the |playing|football|forest|pe|outdoor)',
    '(?:pushed|pushes|pushing|push) (?:him|her|them|me) (?:to|on|hard in|forward)|no stranger to|beaten (?:in|at) (?:the )?(?:final|semi\\w*|match|race|game|quiz|tournament|round)|beaten by (?:a |the )?(?:[a-z]+ )?(?:player|team|runner|side|school)|alone with (?:his|her|their|my|your) (?:thoughts|book|music|drawing|lego)',
    '(?:got|gets|getting|was|been) (?:hit|hurt|bumped|bashed|smacked|whacked) [^.!?]{0,25}\\b(?:with|by) (?:a |the )?(?:ball|football|cricket ball|netball|hockey (?:ball|stick)|bat|racket|swing|door|frisbee)',
  ].join('|'),
  'g',
);

/** Cues of emotion read as a child's joy when the reply laughs or cheers. */
const JOY =
  /😂|🤣|😅|🥹|\b(?:lol|haha+|proud|well done|smashed it|nailed it|can'?t wait|surprise|bless (?:him|her|them)|(?:he|she|they)(?:'s| is| are|'re) (?:fine|ok|okay|alright|all right) now)\b/u;

interface Cue {
  pattern: RegExp;
  reason: string;
  /** Mild on its own: ignored when the reply is plainly happy. */
  mild?: boolean;
  /** Counts only when the words straight after it are the child ("worried about him"). */
  aboutChild?: boolean;
}

/** The start of a phrase that is a child: a pronoun, the writer's own, or a child described. */
const CHILD_NEXT = new RegExp(
  `^(?:(?:him|her|them)\\b|(?:(?:one|some|a few|two|three|all) of )?(?:(?:the|a|an|that|this|these|those|my|our|your) )?(?:[a-z]+ )?(?:${CHILD.source}))`,
);

/** What a worry is about when it is the child's schoolwork ("worried about Kofi's maths"). */
const SCHOOLWORK =
  /^(?:'s|s'|s) (?:[a-z]+ )?(?:maths|reading|spelling|writing|handwriting|phonics|english|science|progress|grades?|results|exams?|gcses?|a levels?|sats|homework|attendance|transition|place|options|report|levels?)\b/;

function childFollows({ folded, names }: PostContext, at: number): boolean {
  const rest = folded.slice(at);
  const child = CHILD_NEXT.exec(rest);
  const name = [...names.full, ...names.first].find((m) => m.span[0] === at);
  const end = child ? at + child[0].length : name ? name.span[1] : undefined;
  return end !== undefined && !SCHOOLWORK.test(folded.slice(end));
}

const PERSON = '(?:him|her|them|me|us|my \\w+|the kids|the children)';

const CUES: Cue[] = [
  {
    // Fear of a person, of going home or of telling: not of the dark or of the fire alarm.
    pattern:
      /\b(?:scared|frightened|terrified|afraid|petrified) (?:to|of) (?:go\w*|tell\w*|say\w*|speak\w*|be\b|com\w*|walk\w*|sleep\w*|him|her|them|his|their|my|(?:the|that) (?:man|men|older|boys?|girls?|lads?|bloke|woman|teacher|coach))|\b(?:comes?|came|coming) (?:home|out|in) (?:crying|in tears)|\b(?:crying|in tears|upset|sobbing) (?:again|every (?:day|night|morning)|all the time|(?:him|her|them)sel(?:f|ves) to sleep|at night|before school)|\b(?:crying|cried|cries|in tears|sobb\w*)\b|\b(?:distraught|traumati[sz]ed|withdrawn|sobbing|hysterical)\b|\b(?:looked|looks|seemed|seems) (?:so |really |absolutely )?(?:petrified|terrified|frightened|scared)\b|\b(?:frightens|frightened|scares|terrifies|terrified|threatens) (?:him|her|them|my \w+)\b|\b(?:can'?t|cannot|won'?t|doesn'?t want to|don'?t want to|afraid to|scared to) go home\b|\bgone (?:so |really |very )?quiet\b|\bwon'?t (?:say|tell (?:me|us|anyone|anybody)) (?:why|what|who|how|where)\b/,
    reason: 'a child frightened, in tears or withdrawn',
    mild: true,
  },
  {
    pattern: new RegExp(
      `\\b(?:hit|hits|hitting|smack\\w*|slap\\w*|punch\\w*|kick(?:s|ed|ing)?|shov\\w*|push(?:es|ed|ing)?|grabb\\w*|dragg\\w*|beat|beats|beaten|beating|batter\\w*|strangl\\w*|chok\\w*|throttl\\w*|bit|bites|bitten|hurt|hurts|hurting|abus\\w*|attack\\w*|assault\\w*|grop\\w*|touch(?:es|ed|ing)?) ${PERSON}\\b(?! (?:finger|thumb|knee|ankle|wrist|arm|leg|foot|toe|head|back|hand|elbow|shoulder|neck|nose|lip|tooth|teeth)s?\\b)|\\bgroom(?:ed|ing)\\b(?<!dog groom\\w*)|\\b(?<!(?:nearly|almost|will|could|might|'ll|someone's|somebody's|going to|gonna) )(?:was|were|been|being|got|gets|getting) (?:hit|smacked|slapped|punched|kicked|shoved|pushed|grabbed|beaten|battered|strangled|choked|bitten|hurt|abused|attacked|assaulted|groped|touched|threatened|followed|filmed|photographed)\\b(?! by (?:a |the )?(?:car|bus|van|lorry|ball|bike|door|swing))|\\bbruis\\w*|\\b(?:black eye|(?:cut|split|fat) lip|finger ?marks|bite marks|burn marks|(?:marks|cuts|scars|scratches|burns|bruises) (?:on|all over|up) (?:his|her|their|my|both) (?:wrists?|arms?|legs?|thighs?|neck|back|face))\\b|\\bflinch\\w*|\\b(?:throws?|threw|throwing|smash\\w*) (?:things|stuff|plates|furniture|chairs)\\b|\\b(?:makes?|made|making) (?:her|him|them) (?:sleep|stay|share) (?:in|with)\\b|\\b(?:carr\\w*|has|had|brought|pulled) (?:a )?(?:knife|knives|blade|machete|weapon)\\b|\\b(?:outside|out|in the street) in (?:his|her|their) (?:pyjamas|pjs|nappy)\\b|\\b(?:makes?|made|making|forces?|forced|forcing) (?:her|him|them|me) (?:to )?do (?:stuff|things)\\b|\\b(?:put|puts|putting|shut|shuts|locks?|locked|locking) (?:her|him|them|me) in (?:a |the |his |her |their )?(?:cupboard|cellar|shed|cage|box|loft|garage)\\b|\\bwetting (?:him|her|them)sel(?:f|ves)\\b(?! laugh)|\\bsomething(?:'s| is)? (?:not|isn'?t) right (?:at home|with (?:him|her|them))`,
    ),
    reason: 'a child hurt, hit or touched',
  },
  {
    pattern:
      /\b(?:going to|gonna|will|threaten\w* to|threaten\w*) (?:kill|hurt|batter|beat|hit|smack) (?:me|him|her|them)\b|\bthreaten(?:s|ed|ing)\b/,
    reason: 'a child threatened',
    mild: true,
  },
  {
    pattern:
      /\bif i tell\b|\balone with\b|\bfend for (?:him|her|them)sel(?:f|ves)\b|\balone (?:every|all|most) (?:night|day|evening|weekend)s?\b|\b(?:left|leaves|leaving) (?:alone|on (?:his|her|their) own|to look after)\b|\bhome alone\b|\bon (?:his|her|their) own (?:at (?:night|home|the bus stop|the park|weekends?)|after dark|till|until|all (?:night|day|weekend)|overnight)\b|\bwander(?:ing|ed|s)? (?:the streets|around|about)\b|\b(?:unsafe|not safe|isn'?t safe)\b/,
    reason: 'a child left alone or unsafe',
  },
  {
    pattern:
      /\bkeep(?:s|ing)? (?:it |this |that |things )?(?:a )?secrets?\b|\bour (?:little )?secret\b|\bsecrets? (?:from|between)\b|\b(?:has|have|had|got) (?:a )?secrets?\b|\bsecrets\b/,
    reason: 'a child asked to keep a secret',
    mild: true,
  },
  {
    pattern: /\b(?:worried|concerned|worry|worries|worrying|uneasy|anxious|scared) (?:about|for) /,
    reason: 'a worry about a child',
    mild: true,
    aboutChild: true,
  },
  {
    pattern:
      /\b(?:always|constantly|every (?:single )?day|most days|still|coming in|comes in|came in|turning up|turns up|turned up)\b[^.!?]{0,15}\b(?:hungry|starving|filthy|dirty|unwashed|smelly|in the same clothes)\b|\b(?:not|stopped|won'?t|isn'?t|refuses to|refusing to) eat(?:ing)?\b(?! (?:his|her|their) (?:veg|vegetables|greens|broccoli|crusts|peas))|\bnothing to eat\b|\b(?:house|home|flat)\b[^.!?]{0,12}\b(?:has|had|with) no (?:electric\w*|heating|food|hot water|beds?|gas)\b|\blocks? (?:away )?the (?:fridge|food|kitchen|cupboards?)\b|\bno food\b|\b(?:not|never) (?:been )?fed\b|\bhasn'?t eaten\b|\blost (?:so much|loads of|a lot of|lots of) weight\b|\bnobody (?:looks after|picks)\b|\bsame (?:nappy|clothes|uniform|pants|socks) (?:from|as|for) (?:the day before|yesterday|last week|days)\b|\b(?:mum|mam|mom|dad|parents?|step ?dad|step ?mum)\b[^.!?]{0,20}\b(?:always|often|constantly|usually|every night) (?:drunk|high|wasted|passed out|off (?:his|her|their) face)\b|\b(?:has|have) to (?:look after|care for) (?:her|his|their) (?:mum|mam|mom|dad|parents?)\b/,
    reason: 'a sign of neglect',
  },
  {
    pattern:
      /\bpolice (?:were |was |have |had |are )?(?:round|called|involved|came (?:round|to (?:the|our|his|her|their) (?:house|flat|door))|at (?:the|our|his|her|their) (?:house|flat|door)|took|picked|brought|found|looking|searching|questioned|arrested)\b|\b(?:called|rang|phoned|ring|call|involve|involved|contacted|report\w* (?:it |this |him |her |them )?to) the police\b|\b(?:social services|social workers?|child protection|children'?s services|care order|foster\w*)\b/,
    reason: 'police or social care involved with a child',
  },
  {
    pattern:
      /\bself[- ]?harm\w*|\b(?:hurting|harming|cutting|starving) (?:him|her|them|my)sel(?:f|ves)\b|\b(?:hiding|covering|covers|hides) (?:her|his|their|my) (?:arms|wrists|legs|thighs)\b|\b(?:she's|he's|they're|is|been|started|keeps) cutting\b(?! (?:out|up|back|down|in|off|the|a|an|his|her|their|it|grass|hair|shapes|paper|cake))|\b(?:being|been|making (?:him|her|them)sel(?:f|ves)) sick after (?:meals|eating|food|lunch|dinner|tea)\b|\b(?:praying|hoping|wishing|wishes|wants?|wanting) (?:that )?(?:she|he|they|i) (?:won'?t|doesn'?t|don'?t|wouldn'?t|never) wake up\b|\b(?:ending|end) (?:things|it all|my life|her life|his life)\b|\bsuicid\w*|\bwants? to die\b|\bkill (?:him|her|them|my)sel(?:f|ves)\b/,
    reason: 'a child harming themselves',
  },
  {
    pattern:
      /\b(?:is|was|been|gone|went|go|going|reported|goes) missing\b(?! (?:the|his|her|their|a|an|out|it|you|them|him|me|us|my|our|school dinners)\b)|\bdisappear\w* (?:from|for|overnight|again|at night)\b|\bmissing (?:since|from|overnight|for|school|lessons)\b|\b(?:hasn'?t|has not|haven'?t|have not|not) been (?:seen|home|in)\b|\b(?:no ?one|nobody) (?:has|had)? ?seen\b|\b(?:run|ran|running|runs|gone|went) (?:away|off)\b(?! (?:with|to|into|and)\b)|\bdisappear (?:forever|for good)\b|\bout (?:in the cold|on the streets?)\b|\bout (?:every|most|all) nights?\b(?! (?:this|last|of) )/,
    reason: 'a child missing or running away',
  },
  {
    pattern:
      /\b(?:older|grown) (?:man|men|woman|women|lads?|boys?|guys?|blokes?|girls?|adults?)\b|\b(?:men|man|women|woman) in (?:his|her|their) (?:20s|30s|40s|twenties|thirties|forties)\b|\bstrangers?\b|\bmet (?:him|her|them|someone|somebody) online\b|\b(?:someone|somebody|a man|a woman) (?:she|he|they) met online\b|\bpretending to be\b|\bsounds older\b|\b(?:boyfriend|girlfriend|partner|man|woman|bloke|guy)\b[^.!?]{0,15}\b(?:who'?s|who is|aged|is) (?:1[89]|[2-9]\d)\b|\bfake (?:account|profile)\b/,
    reason: 'an older person or a stranger in contact with a child',
  },
  {
    pattern:
      /\b(?:messages?|texts?|dms?|pictures?|photos?|pics?|images?|videos?|nudes?) from (?:a|an|some|this|that|the) (?:man|woman|adult|stranger|guy|bloke|account|person|older)\b|\b(?:getting|got|gets|receiving|received|being sent|been sent) (?:messages|texts|dms|pictures|photos|pics|images|videos|nudes)\b|\b(?:photos?|pictures?|pics?|images?|videos?) of (?:her|him|them|her ?self|him ?self|themselves)\b|\btaking (?:photos|pictures|pics|videos) of (?:her|him|them|my|the)\b|\b(?:pressur\w*|forc\w*|mak(?:e|es|ing)|made|ask\w*|begg\w*|want\w*|tell\w*|told) (?:(?:her|him|them|my \w+) )?to send (?:photos|pics|pictures|nudes|videos|selfies|images)\b|\b(?:sending|sends|sent|messaging|messages|texting|texts) (?:him|her|them|my \w+) (?:messages|texts|dms|pics|photos|snaps)\b|\b(?:asked|asking|asks|ask) (?:for )?(?:his|her|their|my) (?:home )?(?:address|phone number|number|location|school)\b|\b(?:paid|given (?:money|vapes|drink|alcohol)) to (?:go|come) to (?:parties|a party|his|her|their)\b|\bparties (?:at|in) (?:a|an|some) (?:flat|house)\b|\b(?:taking|take|takes|took|sending|sent) (?:her|him|them) abroad\b[^.!?]{0,40}\b(?:engaged|married|marry|wedding|cut)\b|\b(?:private|intimate|naked|nude|explicit) (?:pictures|photos|pics|videos|images|vids)\b|\b(?:smoking|drinking|vaping|weed|drugs)\b[^.!?]{0,20}\bwith (?:adults|older|men|grown)\b|\b(?:messaging|texting|talking to) (?:someone|somebody|a man|a stranger|an adult|men)\b/,
    reason: 'messages or images passing between a child and someone',
  },
  {
    pattern:
      /\b(?:corner(?:s|ed|ing)?|follow(?:s|ed|ing)) (?:him|her|them)(?: (?:home|around|about|everywhere|into))?\b|\b(?:carry|carrying|carries|deliver\w*|hold\w*) (?:bags|packages|parcels)\b|\b(?:turning|turns|turned|coming|comes|came) (?:up|in|home) with (?:new |expensive |designer |loads of |wads of )?(?:trainers|phones?|clothes|cash|money|vapes|gifts)\b|\b(?:giving|gives|gave|offering|offered) (?:him|her|them|my \w+) (?:money|cash|vapes|gifts|weed|drugs|alcohol|lifts?)\b/,
    reason: 'a sign of exploitation or an adult targeting a child',
  },
  {
    pattern:
      /\b(?:asks?|asking|asked|wants?|wanted|gets?|got|takes?|took) (?:my \w+|him|her|them|the (?:kids|children|boys|girls|pupils)) to [^.!?]{0,40}\b(?:alone|on (?:his|her|their) own|in private)\b|\b(?:invit\w*|tak(?:e|es|ing)|took|bring\w*|brought|ask\w*) (?:them|him|her|pupils|kids|girls|boys|children|the \w+|my \w+) (?:round|back|over|home) to (?:his|her|their) (?:house|flat|place|home|car|van)\b/,
    reason: 'an adult taking children somewhere private',
  },
];

function blankEveryday(folded: string): string {
  return folded.replace(EVERYDAY, (m) => ' '.repeat(m.length));
}

/** Every risk cue in a reply that speaks of a child. */
export function childAtRisk(context: PostContext): LexiconHit[] {
  if (!speaksOfChild(context)) return [];
  const read = blankEveryday(context.folded);
  const joyful = JOY.test(context.folded);
  return CUES.flatMap((cue) => {
    if (cue.mild && joyful) return [];
    const found = cue.pattern.exec(read);
    if (!found || (cue.aboutChild && !childFollows(context, found.index + found[0].length))) return [];
    const entry = { pattern: cue.pattern.source, reason: cue.reason };
    return [{ start: found.index, end: found.index + found[0].length, entry }];
  });
}
