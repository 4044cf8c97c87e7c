// Safeguarding (§8): disclosures, risks to children, grooming-like contact and allegations
// against staff. Missing one is worse than a false alarm, so patterns are deliberately broad.
import type { LexiconEntry } from '../../text/lexicon.ts';

export const SAFEGUARDING: LexiconEntry[] = [
  {
    pattern:
      "kill (?:myself|herself|himself)|end it all|don't want to (?:be here|live|go home)|dont want to (?:be here|live|go home)|wants? to die(?! of (?:embarrassment|shame|laughing|laughter|boredom|cringe))(?![^.!?\\n]*(?:😂|🤣|lol|lmao|haha))|wanna die|want (?:it|everything|it all) to (?:stop|end)|can't cope|cannot cope|cant cope|(?:making|make|made) myself sick|starving myself|(?:not|stopped) eating (?:properly|anything|at all)|suicid\\w*|self[- ]harm\\w*|cutting (?:again|myself)|(?:been|started|keep) cutting|stopped eating|hurt(?:ing)? myself",
    reason: 'self-harm or suicidal thoughts',
  },
  {
    pattern:
      "hits me|hit me(?! up)|gets? hit(?! by an? (?:bus|car|train|truck|lorry))|beats? me|locks? me in|locked in (?:my|his|her) room|shouts at me|scared of (?:him|her|my)|keep secrets|touched (?:me|my|her|him)|touch(?:ed|es|ing)? (?:my )?(?:daughter|son|child) inappropriately|inappropriately|bruis(?:es|ed|ing)|grabbing (?:him|her)|nobody (?:at home )?(?:has )?fed|hasn't fed|nobody feeds|no food at home|hate it at home|come and live with you|not allowed to see (?:her|him)|rough with (?:her|him)",
    reason: 'a disclosure or sign of abuse or neglect',
  },
  {
    pattern:
      "hasn't been home|has not been home|missing (?:since|from)|phone's off|out on the street till|(?:older|grown) man|getting into a car|pretending to be \\d+|asking for (?:her|his) address|sending (?:pics|photos|nudes)|threatening to share|filming the kids|parked outside the gates|selling vapes|supplying him|weed behind|foster care",
    reason: 'a risk to a child',
  },
  {
    pattern:
      "follow (?:me )?back|add me on|can (?:u|you) (?:text|dm|message|follow) me(?! (?:the|about|details|dates|info|when|a link|a copy|back about|with|if|what|which|how))|message you privately|talk to someone|i'm in (?:ur|your|her|his) (?:form|class|year)|i'm in year \\d+|(?:hey|hi) (?:cutie|sweetheart|gorgeous|babe|girls in year)|what year are you in|dm me[^.!?]{0,20}(?:girls|boys|year|under)|earn £\\d+ easy|under 1[0-8] wanna|don't tell your parents|young people 1\\d\\+|(?:earn|cash|money|£\\d+|paid|jobs?|work|deliver\\w*|lifts?)\\b[^.!?]{0,40}no questions(?: asked)?",
    reason: 'grooming-like contact or a pupil seeking private contact',
  },
  {
    pattern:
      "messages my (?:daughter|son|child)|(?:gave|giving) my (?:son|daughter|child) a lift|added (?:him|her|my \\w+) on (?:snapchat|insta\\w*|facebook|tiktok)|nonces?|paedo\\w*|pedo\\w*|is that (?:normal|allowed)|who do i speak to|i don't know who to tell|can i tell a teacher|what do i do",
    reason: 'a concern about staff or a request for help',
  },
  {
    pattern:
      "(?:is|are|been) (?:in|taken into|living in) (?:foster )?care|looked[- ]after (?:child|kids?|children)|(?:can't|cannot|mustn't|must not|shouldn't) be (?:identified|named|photographed|found)|(?:torch|burn down|set fire to|bomb|shoot up) (?:that|the|this|your) (?:place|school|building)|(?:touch|hit|hurt|grab|slap|push)(?:s|es|ed)? my (?:son|daughter|child|kid|boy|girl)(?: again)?",
    reason: "a risk to a child's safety or identity",
  },
  {
    pattern:
      "(?:should|shall|will|gonna|going to|i'll|i will|might) (?:i |we )?(?:post|share|send|leak|upload|put up|screenshot) (?:the |her |his |their |that |this |my |a )?(?:vids?|videos?|pics?|photos?|pictures?|nudes?|screenshots?|clip)|(?:vids?|videos?|pics?|photos?|nudes?) of (?:her|him|them) (?:going round|on snap|from the party)|knows? what [\\p{L}]+ did (?:at|with|to|on|in)",
    reason: 'threatens to share images or sexual rumours about a child',
  },
  {
    pattern:
      '(?:mr|mrs|miss|ms|sir|teacher|coach|tutor|the ta|a ta)\\.? ?[\\p{L}]*[^.!?\\n]{0,40}(?:touched|grabbed|slapped|kissed|hit|dragged|followed|messaged|snapchatted|texted|alone with) (?:my|me|her|him|them|a pupil|the kids|kids)',
    reason: 'an allegation against a member of staff',
  },
  {
    pattern:
      '(?:always|every day|keeps? coming in|again) (?:hungry|starving|filthy|dirty|smelly|in the same clothes)|(?:no|without) (?:food|a coat|shoes|heating|electricity|anyone) (?:at home|again|every day|all weekend)|(?:left|home) alone (?:all|every|overnight|for days)|(?:no one|nobody) (?:picks? (?:him|her|them) up|looks after)',
    reason: 'a sign of neglect',
  },
  {
    pattern:
      "no point (?:anymore|in living|living|going on)|better off without me|(?:can't|cannot) (?:go on|take (?:it|this) anymore)|i hate myself|(?:take|took|taking|swallow|swallowed|swallowing) (?:all|loads|a load|a whole (?:box|packet)|every one|the lot) (?:of )?(?:the |my |her |his |their |mum's |dad's )?(?:pills|tablets|paracetamol|meds|medication)|overdos\\w*|say(?:ing)? goodbye (?:to everyone|forever)|won't be (?:here|around) (?:much longer|tomorrow)",
    reason: 'self-harm or suicidal thoughts',
  },
  {
    pattern:
      'county lines|(?:run|running|carry|carrying|drop|dropping) (?:packages|parcels|bags|drugs) for|older (?:boys|lads|men|guys) (?:giving|buying|give|buy|picking) (?:him|her|them)|(?:gave|given|giving) (?:him|her|them) (?:a phone|money|vapes|weed|drugs|alcohol)',
    reason: 'a sign of exploitation',
  },
  {
    // Someone at home, or another adult, hurting a child, told by the child or a friend.
    pattern:
      "(?:hurts|hits|beats|kicks|slaps|punches|chokes|strangles|burns|smacks|belts|batters) (?:me|her|him|them)\\b|(?:hurt|hit|beat|kicked|slapped|punched|choked|smacked) (?:me|her|him) (?:again|with|when|if|because|cos|til)|(?:scared|afraid|frightened|too scared) (?:to (?:tell|go home|speak|say)|of (?:her|his|my|their) (?:dad|mum|stepdad|stepmum|step-dad|step-mum|uncle|brother|boyfriend|partner))|black eye|(?:bruise|bruising|marks|burns) (?:on|all over) (?:her|his|their)|won't say (?:how|who|what happened)",
    reason: 'a disclosure or sign of abuse',
  },
  {
    pattern:
      "(?:hasn't|hasnt|has not|haven't|havent|have not|not) (?:had|eaten|been given) (?:any )?(?:food|tea|dinner|breakfast|lunch|a meal|anything to eat)|(?:mum|dad|mam|mom|parents?)(?:'s| has| have| is| are)? not (?:been )?(?:home|back)|(?:turns?|turned|turning|rolls?) up (?:drunk|high|off (?:his|her|their) face|wasted|stoned)|(?:drunk|high|off (?:his|her) face) (?:at|to|for) (?:pick ?up|collect|drop ?off|home time)|(?:left|leaves) (?:on (?:his|her) own|alone|home alone)|nobody (?:at home|looks after)",
    reason: 'a sign of neglect',
  },
  {
    // Strangers and adults making contact with children, online or at the gates.
    pattern:
      "(?:man|men|bloke|woman|someone|somebody|van|guy|person)\\b[^.!?]{0,40}(?:hanging|hangs|hang|loitering|lurking) (?:around|about|outside|by|near|at) (?:the )?(?:gates?|school|playground|park|bus stop|fence)|asking (?:the |our )?(?:kids|children|pupils|girls|boys|them) (?:their names|where they live|to get in|for (?:photos|pics|their))|how old (?:are|r) (?:you|u|ya)|older (?:boy|man|guy|lad|bloke)|(?:wants?|wanting|trying|keeps asking|arranged) to meet (?:her|him|up)|(?:asks?|asking|asked|tells?|telling|told) (?:them|him|her|the kids|kids|children|me|my \\w+) to keep (?:it|this|that|things) (?:a )?secret|our (?:little )?secret|(?:said|says|told (?:her|him|them|me)) (?:not to|to not|don't|dont) tell (?:anyone|anybody|(?:your|ur|her|his) (?:mum|dad|parents))|(?:sent|sending|sends|given|giving|gives|offered|offering|paid|paying|pays) (?:her|him|them|me|money|gifts?|vouchers?|credit)\\b[^.!?]{0,30}(?:for|in exchange for|in return for)\\W{1,3}(?:pics|pictures|nudes|selfies|videos)|(?:pics|pictures|photos) of (?:herself|himself|themselves|yourself)",
    reason: 'a risk of grooming or exploitation',
  },
  {
    pattern:
      '(?:selling|sells|sold|dealing|supplying) (?:weed|drugs|vapes|pills|ket|coke|cannabis|nitrous|balloons)(?: to)?|(?:paid|paying|pays|pay) (?:them |him |her |kids |lads )?(?:to|for) (?:take|carry|deliver|drop|move|hold) (?:bags|packages|parcels|stuff|things|drugs)|(?:take|taking|carry|carrying) (?:bags|parcels|packages) (?:to|across) (?:other|another) (?:towns?|cit(?:y|ies)|areas?)',
    reason: 'a sign of exploitation',
  },
  {
    // Staff contact or conduct that crosses a line: private messages, filming, force.
    pattern:
      "(?:texting|texts|messaging|messages|snapchatting|dming|dm'ing|whatsapping|facetiming) (?:my|a|the|our|her|his|their) (?:\\d{1,2}[- ]year[- ]old|daughter|son|child|kid|pupil|student|girl|boy|niece|nephew|grandson|granddaughter)s?|(?:films|filmed|filming|photographs|photographed|photographing|recording|recorded) (?:them|the (?:girls|boys|kids|children|pupils)|girls|boys|kids|children) (?:on|with) (?:his|her|their) (?:own )?phone|(?:filmed|photographed|recorded) (?:my|our) (?:son|daughter|child|kid)|(?:filmed|filming|photographed|recorded) (?:her|him|them|my \\w+) (?:getting changed|in the (?:changing|showers?|toilets?)|naked)|while (?:he|she) (?:films|photographs|records) them|(?:grabbed|pushed|shoved|slapped|kicked|dragged|choked|pinned|restrained|shook|throttled) (?:my|a|the|our|her|his|their) (?:son|daughter|child|kid|boy|girl|pupil|student|lad)|(?:pushed|pinned|shoved|slammed) (?:him|her|them) (?:against|into|up against|to the)|(?:sharing|shared|posting|posted|sending|sent) (?:it|the video|the vid|them|the pics) (?:round|around) (?:the )?(?:school|year|group chats?)|covered? (?:it )?up (?:what happened|the (?:abuse|incident|assault))|cover[- ]up",
    reason: "a concern about an adult's conduct towards a child",
  },
  {
    // A pupil asking a member of staff for private contact, in any spelling.
    pattern:
      '(?:can|could|will|pls|plz|please) (?:u|ya) (?:please |pls |plz )?(?:msg|message|text|dm|pm|inbox|snap|ring|call|follow|add) me|(?:can|could|will|pls|plz|please) you (?:please )?(?:dm|pm|inbox|snap|follow|add) me|(?:i )?(?:really |rly )?need to talk to (?:you|u|someone|somebody|a teacher|an adult)|(?:dm|msg|message|inbox|snap) me(?: back)?\\s*(?:😘|😍|🥰|😉|💋|x+\\b)',
    reason: 'private contact between a child and an adult',
  },
  {
    pattern:
      "(?:is|isn't) (?:this|that|it) (?:normal|allowed|appropriate|ok|okay) for (?:a|the|an?) (?:teacher|ta|member of staff|coach|adult|man|tutor|head|caretaker|staff)|(?:is|isn't) (?:this|that) (?:normal|allowed|appropriate)\\b|(?:filthy |dirty |a )?(?:pervert|perv|creep)\\b[^.!?]{0,20}(?:watch (?:him|her|out)|around (?:the )?(?:kids|children|girls|boys))|(?:is|he's|she's) a (?:pervert|perv)",
    reason: 'a concern about staff or a request for help',
  },
  {
    pattern:
      "(?:hang|kill|cut|harm|starve|drown|strangle) (?:himself|herself|themselves|myself)|(?:don't|dont|do not|idk|i don't know|i dont know) (?:know )?who to (?:tell|talk to|go to)|(?:throws?|threw|throwing) (?:things|stuff|plates|cups|bottles|chairs|punches) at (?:me|her|him|us|them)|(?:gets|got|getting) (?:angry|violent|aggressive|drunk)\\b[^.!?]{0,20}\\b(?:hits|throws|hurts|grabs|smashes|chucks)|(?:locked|locks|locking|shut|shuts) (?:her|him|me|them|the kids|my \\w+) in (?:a |the |his |her |my )?(?:cupboard|room|cellar|shed|car|toilet|bathroom|garden|cage)",
    reason: 'a disclosure of harm to a child',
  },
  {
    pattern:
      "(?:don't|dont|never|can't|cant) (?:get to )?eat at home|never (?:any(?:thing)? (?:to eat|in)|any food)|(?:never|don't|dont) see (?:an|any) (?:adult|parent|grown ?up)|left (?:screaming|crying|on (?:their|his|her) own)\\b",
    reason: 'a sign of neglect',
  },
  {
    pattern:
      "(?:tried|trying|try|tries) to (?:get|make|take|lure|entice|persuade|talk) (?:my|a|the|our|her|his|some) (?:son|daughter|child|kid|boy|girl|kids|children|pupils)s? (?:to|into|in|with)|(?:get|getting|got) (?:in|into) (?:his|her|a stranger's) (?:car|van)|(?:sit|sat|sitting|sits) on (?:his|her) (?:lap|knee)|(?:all over|touching up|cuddling|kissing) (?:one of )?(?:the )?(?:pupils|students|sixth formers|year \\d+s?|girls|boys|kids)|(?:sending|sent|sends) (?:my|a|the|our|her|his) (?:son|daughter|child|kid|pupil)s? (?:friend requests|messages|texts|gifts|presents)|(?:messaging|texting|dming|contacting|adding) (?:year \\d+|young|the|our|local) (?:girls|boys|kids|children|pupils)",
    reason: 'an adult seeking contact with children',
  },
  {
    pattern:
      "(?:look|looks|looking) older than (?:1[0-7]|\\d)\\b|(?:wanna|want to|shall we|can we|let's|lets) (?:chat|talk|meet|speak) (?:privately|in private|alone|on (?:snap|snapchat|insta|whatsapp|telegram|discord))|(?:asking|asked|asks) (?:[\\p{L}]+ ){0,2}(?:for )?(?:photos|pics|pictures) (?:in|of) (?:their|her|his) (?:swimwear|swimsuits?|underwear|bikinis?|pyjamas|bedrooms?)|modelling agency|(?:don't|dont|do not) want anyone (?:else )?to (?:see|know)",
    reason: 'grooming-like contact or a pupil seeking private contact',
  },
  {
    pattern:
      "(?:worried|concerned|worries|concerns|uneasy|uncomfortable) about (?:the|a|that|one of the|this) (?:teacher|head|headteacher|staff|man|coach|ta|caretaker|adult|bloke|tutor)\\b[^.!?]{0,40}\\b(?:kids|children|pupils|girls|boys|students|my (?:son|daughter|child)|laps?|touch\\w*|alone with|messag\\w*|snapchat|photos)|(?:concerned|worried) about (?:the |mr |mrs |miss |sir )?[\\p{L}']+ (?:behaviour|conduct) (?:with|around|towards)",
    reason: "a concern about an adult's conduct towards children",
  },
  {
    pattern:
      "cut (?:her|his|my|their) (?:arms?|wrists?|legs?|thighs?)|cutting (?:her|him|my|them)sel(?:f|ves)|(?:don't|dont|do not) want to (?:live|exist|wake up|be alive)|(?:can't|cant|cannot) live like this|live like this anymore|(?:jump|throw (?:myself|herself|himself)) off|if i tell (?:anyone|anybody|someone|a teacher|you)|(?:be|get|got|getting) (?:taken|put) (?:away|into care)|(?:what happens|what goes on|goes on) at home",
    reason: 'a disclosure of harm or a threat to keep a child quiet',
  },
  {
    pattern:
      "(?:gives?|giving|gave|offers?|offering|offered) (?:one |a |this |that )?(?:girl|boy|pupil|student|kid|her|him|my \\w+)\\b[^.!?]{0,25}(?:lifts?|rides?) home|(?:buying|buys|bought) (?:her|him|them|one girl|one boy|the girls|the boys) (?:stuff|things|gifts|presents|sweets|vapes|phones?|clothes)|(?:teacher|staff|coach|tutor|head|caretaker|ta)\\b[^.!?]{0,30}(?:added|adding|follows|followed|following|messag\\w*|snapchat\\w*|dm\\w*) (?:my|a|her|him|the) (?:\\d{1,2}[- ]year[- ]old|son|daughter|child|kid|pupil|student|girl|boy)|(?:drinking|drunk|hungover|high|stoned) (?:at|in) (?:school|work|class|the classroom)|smell (?:it|alcohol|booze|drink|weed) on (?:him|her)|(?:screams|screamed|shouts|shouted|swears|swore) in (?:her|his|their|my \\w+'s) face",
    reason: "a concern about an adult's conduct towards children",
  },
  {
    pattern:
      '(?:man|men|stranger|adult|someone|somebody|bloke|guy|person|account|woman)\\b[^.!?]{0,30}(?:keeps? |kept )?(?:messaging|messages|messaged|texting|contacting|adding|added|dming|following) (?:[\\p{L}]+|my \\w+)\\b[^.!?]{0,40}(?:asking|asks|wants|wanting|to meet|what school|where (?:she|he|they) lives?)|asking (?:what|which) school (?:she|he|they) (?:go|goes|attend)|asking where (?:she|he|they) lives?',
    reason: 'a stranger seeking contact with a child',
  },
  {
    pattern:
      '(?:make|makes|made|making|get|gets|got|getting) (?:my \\w+|him|her|them|kids|young \\w+) (?:to )?(?:sell|carry|deliver|hold|run|hide|stash) (?:stuff|drugs|weed|things|bags|packages|parcels)|(?:sell|selling|carry|carrying|deliver|delivering|hold|holding) (?:stuff|drugs|weed|things|bags|packages) for (?:them|older|the (?:lads|boys|men))',
    reason: 'a sign of exploitation',
  },
  {
    pattern:
      "(?:nobody|no ?one|no-one|mum|dad|nobody's|no one's)(?:'s| has| have)? (?:been )?home since|no food (?:left|in the house|at home|in the cupboards?)|(?:alone|on (?:my|his|her|our) own) since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last)",
    reason: 'a sign of neglect',
  },
  {
    // Domestic abuse a child lives with, and children missing from home or out at all hours.
    pattern:
      "(?:hit|hits|hitting|punched|punches|beat|beats|strangled|strangles|threatened|threatens|pushed|shoves) (?:my |our |his |her )?(?:mum|mam|mom|mother|nan|sister|brother|little brother|little sister)\\b|(?:came|comes|come|coming) home drunk|(?:smashed|smashes|smashing) (?:up )?(?:the |our |my )?(?:house|kitchen|flat|room|things|stuff|windows?|tv|doors?)|police (?:were |are |came |come )?(?:round|called|at (?:our|the|his|her) (?:house|flat))|(?:hasn't|has not|didn't|did not|never) (?:come|came|been) home|(?:ran|run|running) away from (?:home|school|care)|(?:has|have|he's|she's|they've) run away\\b|out (?:till|until|past) (?:midnight|gone midnight|\\d+ ?am|all hours)|(?:his|her|their) (?:mum|mam|mom|dad|parents?)(?:'s| is| are)? never (?:in|home|around|there)",
    reason: 'a sign of domestic abuse, neglect or a child going missing',
  },
  {
    pattern:
      "(?:go to sleep|fall asleep|close (?:my|her|his) eyes) and never wake up|never (?:want to )?wake up|(?:wish|wished|wishes) (?:i|she|he|they) (?:was|were|wasn't|weren't) (?:dead|never born|here|alive)|(?:not|isn't|isnt|aint) worth (?:living|it anymore|being alive)|end (?:my|her|his|their) life|(?:everyone|they|people)(?:'d| would) be better off|(?:not|haven't|hasn't|havent|hasnt) eaten (?:properly|anything|in (?:a|two|three|four|days|weeks|\\d+))|(?:throwing|throws|threw) up (?:after|on purpose)|(?:make|makes|made) (?:her|him|them)sel(?:f|ves) (?:sick|throw up)",
    reason: 'self-harm, suicidal thoughts or an eating disorder',
  },
  {
    pattern:
      'extremis[tm]|radicali[sz]\\w*|(?:talking|talks|saying|says|wants?) (?:about )?(?:joining|fighting for) (?:isis|the jihad|them)|(?:watching|watches|sharing|shares) (?:isis|terrorist|nazi|far[- ]right|extremist|beheading) (?:videos|stuff|content|propaganda)|\\bfgm\\b|(?:forced|being forced|made) (?:to )?marr(?:y|iage)|(?:married off|getting married) at 1[0-7]|sent (?:abroad|back home) to (?:get )?marr',
    reason: 'a risk of radicalisation, FGM or forced marriage',
  },
  {
    pattern:
      "(?:sending|sent|send|asking for|asked for|asks for|pressuring (?:her|him) for) nudes|up (?:her|girls'?) skirts?|upskirt|(?:touching|grabbing|groping|touched|grabbed|groped) (?:the )?(?:girls|girls'|her|my daughter|my son)(?:'s)? (?:bum|bottom|chest|boobs|breasts|privates)|sexual (?:comments|remarks|names|jokes) (?:at|to|about) (?:her|him|the girls|my daughter|my son)",
    reason: 'sexual harassment or abuse between children',
  },
  {
    pattern:
      "(?:hugging|cuddling|kissing|kissed|kisses|stroking|strokes|stroked) (?:the |my |a |our |one of the )?(?:girls|boys|kids|children|pupils|daughter|son)|(?:telling|tells|told) (?:them|her|him|the girls|the boys|my \\w+) (?:they're|she's|he's|she is|he is|they are) (?:beautiful|sexy|gorgeous|pretty|fit|hot|his favourite|her favourite)|(?:is|isn't) (?:this|that|it) (?:normal|allowed|appropriate|ok|okay) for (?:a|the|an?) (?:[\\p{L}]+ ){0,2}(?:teacher|ta|member of staff|coach|adult|man|tutor|head|caretaker|staff)",
    reason: "a concern about an adult's conduct towards children",
  },
  {
    pattern:
      '(?:man|woman|lady|bloke|guy|someone|somebody|person)\\b[^.!?]{0,30}(?:giving|gives|gave|offering|offered|trying to give) (?:the )?(?:kids|children|pupils|girls|boys|my \\w+) (?:sweets|lifts?|money|vapes|cigarettes|alcohol|drinks|phones)|(?:given|giving|give|gets|getting|get|got) (?:free )?(?:vapes|weed|money|phones|trainers|alcohol|cash)\\b[^.!?]{0,40}(?:if|for|to) (?:they|he|she|you) (?:do|run|carry|hold|deliver|drop)|do (?:jobs|errands|runs|favours) for (?:them|older|the (?:older|lads|boys|men))',
    reason: 'a risk of grooming or exploitation',
  },
  {
    pattern:
      "(?:hey|hi|hiya|heyy+|hello) (?:sexy|babe|baby|cutie|princess|hun|sweetheart|beautiful|gorgeous)\\b[^.!?]{0,30}(?:what year|how old|where do (?:you|u) live|which school|dm|snap|add me|\\?)|what year (?:r|are) (?:u|you|ya) in|(?:will|can|could|would) (?:u|you) (?:please )?snap me|(?:add|message|text) me on (?:whatsapp|snap\\w*|insta\\w*|tiktok)\\b[^.!?]{0,30}(?:private|secret|don't tell)",
    reason: 'grooming-like contact or a pupil seeking private contact',
  },
  {
    pattern:
      "(?:don't|dont|do not|never|doesn't|doesnt|does not) feel safe(?= at home| at school| with| around| going home| in (?:my|the|our) (?:house|home|room|flat)| anymore|\\s*(?:$|[.!?,]))|(?:not|isn't|isnt|never) safe (?:at home|to go home)|(?:can't|cant|cannot) (?:do|take|handle|cope with|go on with) (?:it|this|life) ?(?:anymore|any more)(?![^.!?\\n]*(?:😂|🤣|lol|lmao|haha))|(?:locks?|locked|locking|kicks?|kicked|shuts?) (?:her|him|me|them|my \\w+) out (?:of the house|overnight|all night|at night|when)|sleeps? (?:in|on) the (?:shed|car|garden|street|floor|stairs)|(?:makes?|made|making) (?:me|her|him|them|my \\w+) (?:really |so |very )?(?:feel )?uncomfortable|(?:feel|felt|feels) (?:really |so )?uncomfortable (?:around|with|about) (?:him|her|mr|mrs|miss|the|that)",
    reason: 'a child who does not feel safe, or a worry about an adult',
  },
  {
    pattern:
      '(?:touching|touches|touched|stroking|strokes|rubbing|rubs|massaging) (?:the |my |a |our |one of the )?(?:boys|girls|kids|children|pupils|students|him|her|them)\\b|(?:going out|seeing|dating|sleeping|in a relationship|messing about) with (?:a |one of the |an? )?(?:year \\d+|pupils?|students?|sixth[- ]formers?|\\d+[- ]year[- ]old|schoolgirl|schoolboy)|asking (?:the )?(?:kids|children|girls|boys|them|my \\w+) to come (?:with (?:him|her|them)|inside|back to (?:his|her|their)|to (?:his|her|their) (?:house|car|van|flat))|come and see (?:his|her|my) (?:puppies|puppy|kittens|dog|car|house|van)',
    reason: "a concern about an adult's conduct towards children",
  },
  {
    pattern:
      "(?:roblox|fortnite|minecraft|discord|online|snapchat|tiktok|instagram|xbox|playstation|game|someone|stranger|man|bloke|guy)\\b[^.!?]{0,60}asking (?:for|her for|him for|them for|my \\w+ for) (?:photos|pics|pictures|selfies|nudes)|same (?:uniform|clothes) (?:for|every day for) (?:weeks|days|a week)|(?:is|he's|she's|they're|are) always (?:so |really )?(?:hungry|starving|dirty|smelly|unwashed)(?! (?:after|when|by|at the end|on))",
    reason: 'a risk of grooming, or a sign of neglect',
  },
  {
    // Grooming is secrecy and special attention: a hidden account, deleted messages, time alone.
    pattern:
      "secret (?:instagram|insta|account|snapchat|snap|phone|tiktok|profile)|delete (?:her|his|their|the|my|your|ur|all the) (?:messages|chats|texts|dms)|mature for (?:your|ur|her|his|their) age|our (?:little |secret )?game\\b|says (?:it's|its) (?:a|our) (?:game|secret)|(?:stay|stays|staying|stayed|kept|keeps?) (?:him|her|them|me)? ?behind (?:on (?:his|her|their|my) own|alone|after)|alone with (?:him|her|a|the) (?:teacher|coach|man|adult|tutor|driver)|follows (?:loads of|lots of|all the|the|some of the) (?:girls|boys|kids|pupils|students)|puts? (?:his|her|their) hands on (?:my|a|the|her|him)",
    reason: 'grooming-like secrecy or special attention',
  },
  {
    pattern:
      '(?:feeling|feel|felt) (?:really |so |very )?(?:low|hopeless|worthless|suicidal|empty)\\b[^.!?]{0,40}(?:ending|end|hurt|die|kill|anymore)|(?:thinking|think|thought) about ending (?:it|my life|things)|ending it all|end it all',
    reason: 'self-harm or suicidal thoughts',
  },
  {
    pattern:
      "(?:hasn't|has not|haven't|have not|hasnt) been (?:in|in school|at school|seen) (?:for|since) (?:days|weeks|\\d+|a week|two|three|four|ages)|(?:no one|nobody|noone)(?:'s| is)? answering the door|passing (?:round|around) (?:a |the )?(?:video|vid|photos?|pics?|pictures?)|(?:video|vid|photos?|pics?|pictures?) of (?:a|the|my|her) (?:girl|boy|pupil|kid|daughter|son|friend)\\b[^.!?]{0,20}(?:changing rooms?|toilets?|showers?|undress\\w*|naked)",
    reason: 'a child missing from school, or images of a child shared',
  },
  {
    // The same harms in the open slots people actually write: any object ("year 7s"), any time.
    pattern:
      "(?:hurt|hit|beat|kicked|slapped|punched|choked|smacked|strangled|burnt|burned) (?:me|her|him)(?: (?:last night|again|yesterday|today|this morning|at the weekend|so bad|really bad)|\\s*$)|marks on (?:my|her|his|their) (?:arms?|legs?|neck|face|back)|(?:taking|takes|took|taken) (?:pictures|photos|pics|videos) of (?:the |my |our )?(?:girls|boys|kids|children|pupils|daughter|son)\\b[^.!?]{0,30}(?:on (?:his|her|their) (?:own )?phone|secretly|without)|(?:paid|paying|pays|pay) (?:[\\p{L}\\d']+ ){0,2}(?:to|for) (?:take|carry|deliver|drop|move|hold) (?:bags|packages|parcels|stuff|things|drugs)|(?:hand|hands) (?:up|under|down|inside) (?:her|my \\w+'s|a girl's|the girls'?|his) (?:skirt|top|shirt|trousers|pants|jumper)|(?:swap|send|share|trade) (?:pics|nudes|photos|pictures)\\s*\\?|(?:u|you) can trust me|(?:hasn't|has not|haven't|not|hasnt) (?:eaten|had) (?:a )?(?:proper )?(?:meal|food|dinner|anything to eat) (?:in|for) (?:days|a week|weeks|\\d+|two|three)|(?:mum|mam|mom|dad|parents?|step ?dad|step ?mum)(?:'s| is| are)? (?:drinking|using|on drugs|off (?:his|her|their) face) again",
    reason: 'a disclosure or sign of abuse, neglect, exploitation or grooming',
  },
  {
    // A child asking a member of staff for time alone is how many disclosures begin.
    pattern:
      '(?:speak|talk|chat) to (?:you|u) (?:alone|on (?:your|ur) own|on our own)|something (?:bad |horrible |scary |weird )?happened (?:at the weekend|at home|last night|to me)',
    reason: 'a child asking to speak to an adult alone',
  },
];
