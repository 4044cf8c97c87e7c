// Political language (§3: "does not take a side in any political debate or express political
// opinions"). Patterns of campaigning and stance-taking; neutral civic facts (a polling station,
// a Parliament visit, a mock election, a strike-day closure notice) deliberately do not match.
import type { LexiconEntry } from '../lexicon.ts';

const PARTY =
  '(?:labour|tor(?:y|ies)|conservatives?|lib ?dems?|liberal democrats?|reform(?: uk)?|green party|greens|snp|plaid(?: cymru)?|ukip|dup|sinn fein|brexit party)';
const GOVERNMENT =
  '(?:(?:this|the) government|westminster|ministers?|the chancellor|(?:the )?education secretary|(?:the )?prime minister|the dfe|the council|councillors|the tories|downing street|number 10)';

export const POLITICAL: LexiconEntry[] = [
  {
    pattern:
      'Labour|Tory|Tories|Conservatives?|Lib ?Dems?|Liberal Democrats?|Reform(?: UK)?|Green Party|SNP|Plaid Cymru|UKIP|DUP|Sinn Féin',
    caseSensitive: true,
    reason: 'names a political party',
  },
  {
    pattern: `vote(?:s|d)? (?:for |against )?(?:${PARTY}|green|them|him|her)`,
    reason: 'tells readers how to vote',
  },
  {
    pattern:
      "(?:has|have|gets?|got) (?:our|my) vote|vote (?:on|this) (?:thursday|polling day)|(?:don't|do not) let them|get out and vote",
    reason: 'campaigns for an election result',
  },
  {
    pattern: '(?:sign|share) (?:our|the|this) petition|petition (?:to|against|calling)',
    reason: 'asks readers to sign a petition',
  },
  {
    pattern:
      '(?:write|writing|wrote|email|contact|lobby|share it with) (?:to )?(?:your|our|the local) (?:mp|councillors?|mps)|lobby(?:ing)? (?:the|your|mps)',
    reason: 'asks readers to lobby politicians',
  },
  {
    pattern:
      "(?:join|joining|support|supporting) (?:our|the|today's|this) (?:protest|march|rally|picket|strike|day of action|campaign against)|national day of action",
    reason: 'calls on readers to join a protest or action',
  },
  {
    pattern:
      "support (?:the )?[\\p{L}' ]{0,25}strike|stands? with (?:the )?(?:strikers|them|ukraine|palestine|israel|our migrant|refugees)|we stand with|solidarity",
    reason: 'takes a side in a dispute or conflict',
  },
  {
    pattern: `(?:urging|urge|calling on|call on|asking|ask) ${GOVERNMENT}|open letter (?:urging|calling|to)`,
    reason: 'lobbies the government or a politician',
  },
  {
    pattern: `${GOVERNMENT}(?:'s)? (?:should (?:be ashamed|try|resign|listen)|keeps?|won't|has failed|is failing|cuts|is a disgrace|are a disgrace|(?:new )?(?:immigration|asylum) rules)|(?:shaming|shame on|thanks for nothing,?) ${GOVERNMENT}`,
    reason: 'criticises or praises the government or a politician',
  },
  {
    pattern: `(?:thank you|thanks|grateful to) [\\p{L}@_ ]{0,30}for (?:backing|supporting|investing|shaming|standing up)|${GOVERNMENT}'s (?:cuts|failure)|cuts to [\\p{L} ]{0,20}funding|stop the cuts|fully fund`,
    reason: 'takes a side on government funding or policy',
  },
  {
    pattern:
      "(?:the )?council's (?:cuts|decision)[^.!?]{0,40}(?:disgrace|shame|wrong)|disgraceful that (?:the )?(?:council|government)",
    reason: 'attacks a council or government decision',
  },
  {
    pattern:
      '#?(?:free ?palestine|blm|black lives matter|defund ?the ?police|refugees ?welcome|fund ?our ?schools|save ?our ?[\\p{L}]+|stop ?the ?boats|slava ukraini|ceasefire now|took the knee|take the knee|not my king|tories out|labour out|gtto)',
    reason: 'campaign slogan',
  },
  {
    pattern:
      'gender ideology|trans agenda|woke (?:agenda|ideology|nonsense)|trans (?:kids|children|people) (?:exist|are)|(?:ban|scrap|oppose) (?:the )?(?:academy|free school|ofsted|report cards?|sats|vat)',
    reason: 'takes a side on a contested public issue',
  },
  {
    pattern:
      "(?:putin|netanyahu|hamas|trump|farage|starmer|sunak|badenoch)'s (?:war|regime|government|policies|lies)",
    reason: 'takes a side on a politician or conflict',
  },
  {
    pattern:
      'anyone who votes|if you care about [^.!?]{0,30}vote|votes? (?:tory|labour|reform|green|lib dem)',
    reason: 'judges readers by how they vote',
  },
  {
    pattern: `${GOVERNMENT} (?:must|needs? to|has to|have to|should|ought to) (?:act|do (?:more|better|something)|listen|fund|pay|step up|wake up|resign|think again|u-turn)|why (?:on earth )?(?:is|are|does|do|can't|won't|should) ${GOVERNMENT}[^.!?]{0,100}\\?`,
    reason: 'demands action from, or questions the motives of, the government',
  },
  {
    pattern: 'ask them to oppose|oppose (?:it|this|the plans?)|brexit has|thanks to brexit',
    reason: 'takes a side in a political debate',
  },
];
