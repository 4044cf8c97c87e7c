// Safeguarding (§8): disclosures, risks to children, grooming-like contact and allegations
// against staff. Missing one is worse than a false alarm, so patterns are deliberately broad.
import type { LexiconEntry } from '../../text/lexicon.ts';

export const SAFEGUARDING: LexiconEntry[] = [
  {
    pattern:
      "kill (?:myself|herself|himself)|end it all|don't want to (?:be here|live|go home)|dont want to (?:be here|live|go home)|want to die|suicid\\w*|self[- ]harm|cutting (?:again|myself)|(?:been|started|keep) cutting|stopped eating|hurt(?:ing)? myself",
    reason: 'self-harm or suicidal thoughts',
  },
  {
    pattern:
      "hits me|hit me|get hit|gets hit|beats? me|locks? me in|locked in (?:my|his|her) room|shouts at me|scared of (?:him|her|my)|keep secrets|touched (?:me|my|her|him)|touch(?:ed|es|ing)? (?:my )?(?:daughter|son|child) inappropriately|inappropriately|bruises|grabbing (?:him|her)|nobody (?:at home )?(?:has )?fed|hasn't fed|nobody feeds|no food at home|hate it at home|come and live with you|not allowed to see (?:her|him)|rough with (?:her|him)",
    reason: 'a disclosure or sign of abuse or neglect',
  },
  {
    pattern:
      "hasn't been home|has not been home|missing (?:since|from)|phone's off|out on the street till|(?:older|grown) man|getting into a car|pretending to be \\d+|asking for (?:her|his) address|sending (?:pics|photos|nudes)|threatening to share|filming the kids|parked outside the gates|selling vapes|supplying him|weed behind|foster care",
    reason: 'a risk to a child',
  },
  {
    pattern:
      "follow (?:me )?back|add me on|can (?:u|you) (?:text|dm|message|follow) me|message you privately|talk to someone|i'm in (?:ur|your|her|his) (?:form|class|year)|i'm in year \\d+|(?:hey|hi) (?:cutie|sweetheart|gorgeous|babe|girls in year)|what year are you in|dm me[^.!?]{0,20}(?:girls|boys|year|under)|earn £\\d+ easy|under 1[0-8] wanna|don't tell your parents|young people 1\\d\\+|no questions",
    reason: 'grooming-like contact or a pupil seeking private contact',
  },
  {
    pattern:
      "messages my (?:daughter|son|child)|(?:gave|giving) my (?:son|daughter|child) a lift|added (?:him|her|my \\w+) on (?:snapchat|insta\\w*|facebook|tiktok)|nonce|paedo|pedo|is that (?:normal|allowed)|who do i speak to|i don't know who to tell|can i tell a teacher|what do i do",
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
      "no point (?:anymore|in living|living|going on)|better off without me|(?:can't|cannot) (?:go on|take (?:it|this) anymore)|i hate myself|(?:take|took|taking) (?:all )?(?:the |my )?pills|overdose|say(?:ing)? goodbye (?:to everyone|forever)|won't be (?:here|around) (?:much longer|tomorrow)",
    reason: 'self-harm or suicidal thoughts',
  },
  {
    pattern:
      'county lines|(?:run|running|carry|carrying|drop|dropping) (?:packages|parcels|bags|drugs) for|older (?:boys|lads|men|guys) (?:giving|buying|give|buy|picking) (?:him|her|them)|(?:gave|given|giving) (?:him|her|them) (?:a phone|money|vapes|weed|drugs|alcohol)',
    reason: 'a sign of exploitation',
  },
];
