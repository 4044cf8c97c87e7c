// Abuse aimed at the school, staff, pupils or parents (§5, §10): insults, threats, hate and
// defamatory accusations. Swearing and slurs come from the shared profanity families.
import type { LexiconEntry } from '../../text/lexicon.ts';

export const INSULTS: LexiconEntry[] = [
  {
    // Words that only ever insult a person, however introduced ("is a", "bunch of", "you greedy").
    pattern:
      "(?:you(?:'re| are)?|u|ur|u r|you're all|ur all|you lot are|they're all|is|are|he's|she's|they're|such an?|what an?|bunch of|load of|pack of|absolute|utter|total|complete|lazy|useless|stupid|thick|smug|lying|thieving|sad)\\s+(?:an? )?(?:(?:complete|total|utter|absolute|right|proper|nasty|lying|thieving|power[- ]tripping|jumped[- ]up|greedy|grubby|corrupt|money[- ]grabbing|spineless|gutless|useless|stupid|brainless|clueless|sad|old|smug|pathetic|two[- ]faced|sneaky|snivelling|miserable|vile|evil|dirty|filthy|fat|ugly|lazy|incompetent|arrogant|bitter) )*(?:idiots?|morons?|psychos?|thie(?:f|ves)|crooks?|parasites?|losers?|muppets?|freaks?|weirdos?|slags?|scum|liars?|creeps?|nonces?|groomers?|babysitters|bully|bullies|cowards?|yes[- ]m[ae]n|scumbags?|lowlifes?|cretins?|imbeciles?|halfwits?|numpties|numpty|wallys?|prats?|pillocks?|thugs?|frauds?|hags?|slobs?|chavs?|trolls?|amateurs|rabble|dinlos?|bampots?|eejits?|plebs?|wazzocks?|plonkers?|doylems?|scrotes?|scrubbers?|radgies?|bellends?|dimwits?|nitwits?|dunces?|nutters?|nutcases?|twits?|pervs?|perverts?|jobsworths?|hypocrites?|bigots?|wastes? of (?:space|oxygen|skin))",
    reason: 'name-calling',
  },
  {
    // Animals and objects ("a rat", "a tool", "pigs") are insults only when aimed at someone: said to
    // them, or said of a person with an insulting word; the class pet and the farm trip are not.
    pattern:
      "(?:you(?:'re| are)?|u|ur|u r|you're all|ur all|you lot are|they're all|he's|she's|hes|shes|such an?|what an?|bunch of|load of|pack of)\\s+(?:an? )?(?:(?:little|complete|total|utter|absolute|right|proper|nasty|lying|thieving|power[- ]tripping|jumped[- ]up|greedy|grubby|corrupt|money[- ]grabbing|spineless|gutless|useless|stupid|brainless|clueless|sad|old|smug|pathetic|two[- ]faced|sneaky|snivelling|miserable|vile|evil|dirty|filthy|fat|ugly|lazy|incompetent|arrogant|bitter) )*(?:clowns?|cows?|melts?|snakes?|pigs?|trash|weasels?|rats?|toads?|slugs?|leeches?|vermin|planks?|tools?|donkeys?|witch|witches|divs?|mugs?|gits?|dinosaurs?|sheep)|(?:is|are|[\\p{L}]+'s) (?:an? )?(?:lying|dirty|sneaky|greedy|nasty|two[- ]faced|thieving|smug|snivelling|spineless|miserable|fat|ugly|stupid|useless|vile|evil|right|proper|absolute|total|complete|utter|old) (?:[\\p{L}-]+ )?(?:clowns?|cows?|melts?|snakes?|pigs?|trash|weasels?|rats?|toads?|slugs?|leeches?|vermin|planks?|tools?|donkeys?|witch|witches|divs?|mugs?|gits?|dinosaurs?|sheep)(?=\\s*(?:$|[.,!?;:)\\n]|and\\b|who\\b|that\\b|like\\b|lol|😂|🤡|🐍|🐀|🐷))",
    reason: 'name-calling',
  },
  {
    // An insulting word for a person, however it is introduced: "you stupid woman", "right
    // miserable cow", "jumped up jobsworths". The adjective carries the insult, so the noun is any
    // word for a person.
    pattern:
      '(?:stupid|vile|nasty|horrible|disgusting|pathetic|useless|ignorant|arrogant|miserable|bitter|evil|spineless|gutless|clueless|brainless|incompetent|jumped[- ]up|fat|ugly|lazy|thick|smug|two[- ]faced|sad little|dirty|filthy) (?:old |little )?(?:woman|women|man|men|bloke|cow|bags?|witch|bitch|b\\*tch|pig|git|individual|excuse for a \\w+|person|people|creature|lot|jobsworths?|pervs?|perverts?|hag|slob|snob|cretin)s?',
    reason: 'name-calling',
  },
  {
    pattern:
      "brain ?dead|(?:no|zero) brain cells|thick as (?:two short planks|mince|shit|sh\\*t)|a disgrace to|(?:joke|disgrace|embarrassment|excuse|waste) of an? (?:teacher|head|headteacher|school|human|person|man|woman|deputy|governor|parent)|nasty (?:piece of work|bit of work)|(?:he|she|they)(?:'s| is| are) (?:a |an )?(?:disgrace|liability|embarrassment)|(?:frankly|basically|just|simply|total|complete) an? (?:liability|disgrace|embarrassment)|you(?: lot| people| all)? (?:are|r) (?:a |an )?(?:[\\p{L}]+ )?(?:shambles|disgrace|joke|embarrassment)|run by (?:a bunch of |a load of )?(?:clowns|idiots|muppets|morons|amateurs|monkeys|donkeys)|(?:should|ought to) be ashamed of (?:yourself|yourselves|herself|himself|themselves)|waste of (?:space|oxygen|a salary|skin)",
    reason: 'an insult',
  },
  {
    pattern:
      "(?:thick as|dumbest|pathetic excuse|clown show|incompetent idiot|couldn't run a bath|useless lazy|get a real job|overpaid babysitters|absolute parasites|snowflake lefties|stuck up)",
    reason: 'an insult',
  },
  { pattern: '🤡|(?:freak|weirdo|loser|whale|fat loser)(?:s| show| alert)?', reason: 'name-calling' },
  {
    pattern:
      '(?:crap|bad|useless|terrible|worst) (?:mum|dad|parent|head|teacher|school)|worst head|is a (?:drunk|thief|crook|psycho)|fiddling the|is an? (?:drunk|alcoholic)|drunks|should be sacked|should be in prison',
    reason: 'a personal attack or defamatory accusation',
  },
];

export const THREATS: LexiconEntry[] = [
  {
    pattern:
      "you're dead|you are dead|i know where you live|wait till i see you|i'll be waiting (?:at|outside)|gets? hit by a bus|kill yourself|kys|should (?:torch|burn|bomb)|torch that place|(?:i'll|i will|gonna) (?:smash|batter|kill|hurt|get) (?:you|him|her|them)|watch your back|corrupt (?:to the core|as they come)|creaming (?:off|it)|(?:crawl|go|slither) back under (?:your|ur|a|his|her) rock|(?:she'll|he'll|you'll|they'll) regret it|puts? (?:his|her) hands on my (?:son|daughter|kid|child|boy|girl) again|(?:what an?|such an?|bunch of|load of) (?:clueless|useless|incompetent|pathetic|shambolic|spineless|arrogant) (?:bunch|lot|shower|rabble)|(?:hope|wish) (?:the (?:whole )?(?:place|school|building)|it|this (?:place|school)|that (?:place|school)) (?:burns?|gets? burnt|gets? burned|gets? torched|gets? bombed|gets? flattened)|(?:hope|wish) (?:your|his|her|their) (?:car|house|windows?|tyres) (?:gets?|get) (?:smashed|keyed|torched|burnt|burned|slashed|done)|(?:f-ing|f-in|effing|effin|f'ing|f'in|fkin|fking|feckin|fecking)\\b|(?:useless|pathetic|clueless|incompetent|disgusting|shambolic|spineless|gutless),? the lot of (?:you|ya|yous|youse|them)|(?:wouldn't|would not|couldn't|could not) (?:trust (?:him|her|them|that \\w+) to )?run a bath|watch yourself|(?:we|people|everyone) (?:round here |around here )?knows? what you(?:'ve)? did|(?:drop dead|rot in hell|die in a (?:fire|ditch|hole))|(?:hope|wish) (?:you|he|she|they|the w+) (?:would )?(?:just )?(?:dies?|rots?|suffers?|gets? cancer)|(?:gets?|get) what'?s coming(?: to (?:him|her|them|you))?|(?:knock|punch|deck|lamp|slap|smack|batter|chin) (?:him|her|you|them) (?:out|one|spark out)(?! of)|won't touch my son again|needs? (?:a (?:good )?(?:slap|smack|kicking|hiding|punch|beating)|(?:slapping|smacking|battering|a kicking))|(?<!\\bwait )(?:and|then) see what happens|(?:someone|somebody|i|we|i'll|i will)(?: should| could| might| will)? (?:key|slash|smash|torch|egg|brick) (?:his|her|their|that|the|your|ur) (?:[\\p{L}']+ ){0,2}(?:car|tyres|windows?|house)|(?:i'll|i will|gonna|going to) sort (?:you|him|her|them) out|(?:come|coming) (?:down|up) (?:there|to the school) (?:and|to) sort",
    reason: 'a threat',
  },
];

export const HATE: LexiconEntry[] = [
  {
    pattern:
      "go back (?:home )?to (?:where (?:you|u|they) (?:came|come) from|(?:your|ur|their|his|her) (?:own )?(?:country|countries)|africa|poland|pakistan|india|romania|russia|syria|china|jamaica|somalia|albania|bulgaria|lithuania|ukraine|nigeria|bangladesh|iraq|iran|afghanistan|turkey|ireland|eastern europe)|so many foreigners|not a british school|gets away with everything cos he's (?:black|asian)|(?:muslims?|immigrants?|foreigners|gypsies|travellers) (?:everywhere|nicking|stealing|getting special)|(?:dirty|filthy|bloody|effing|f\\*\\*king) (?:immigrants|foreigners|muslims|gypsies|pakis|p\\*kis|poles|romanians|travellers|migrants)|(?:immigrants|foreigners|migrants) (?:taking over|ruining)|trans agenda|woke indoctrination|groomers|can't even speak proper english",
    reason: 'hate aimed at a group',
  },
];
