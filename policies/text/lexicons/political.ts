// Political language (§3: "does not take a side in any political debate or express political
// opinions"). Patterns of campaigning and stance-taking; neutral civic facts (a polling station,
// a Parliament visit, a mock election, a strike-day closure notice) deliberately do not match.
import type { LexiconEntry } from '../lexicon.ts';

const PARTY =
  '(?:labour|tor(?:y|ies)|conservatives?|lib ?dems?|liberal democrats?|reform(?: uk)?|green party|greens|snp|plaid(?: cymru)?|ukip|dup|sinn fein|brexit party)';
const GOVERNMENT =
  '(?:(?:this|the) government|westminster|ministers?|the chancellor|(?:the )?education secretary|(?:the )?prime minister|the dfe|the council|councillors|the tories|downing street|number 10)';

/** A party named outright; neutral in a mock election or hustings, where every party is named. */
export const PARTY_NAMED: LexiconEntry = {
  pattern:
    'Labour|Tory|Tories|Conservatives?|Lib ?Dems?|Liberal Democrats?|Reform(?: UK)?|Green Party|SNP|Plaid Cymru|UKIP|DUP|Sinn Féin',
  caseSensitive: true,
  reason: 'names a political party',
};

/** Civic lessons in which pupils play at politics: party names there take no side. */
export const CIVIC_LESSON =
  /\bmock (?:general |local )?elections?\b|\bhustings\b|\bmodel (?:un|united nations|parliament)\b|\byouth parliament\b/;

export const POLITICAL: LexiconEntry[] = [
  PARTY_NAMED,
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
      "(?:write to|writing to|email|emailing|contact|contacting|tweet|tag|message|lobby) (?:[\\p{L}'-]+ ){1,3}(?:mp|msp|ms|mla|mep)\\b|tell (?:your|our|the local) (?:mp|councillors?)",
    reason: 'asks readers to lobby a named politician',
  },
  {
    pattern:
      '(?:contact|email|write to|tell|message|tweet|tag) (?:cllr|councillor|(?:your |our )?mp|the mp|the secretary of state|the minister) [\\p{L}]+|tell (?:him|her|them) what you think of (?:the|their|this) (?:plans?|proposals?|decision|cuts)',
    reason: 'asks readers to lobby a named politician',
  },
  {
    pattern:
      "(?:join|joining|support|supporting) (?:our|the|today's|this) (?:protest|march|rally|picket|strike|day of action|campaign against)|national day of action",
    reason: 'calls on readers to join a protest or action',
  },
  {
    pattern:
      "(?:join|joining|come to|come along to|see you at) (?:us |me )?(?:at |on )?(?:the|our|this|today's|tomorrow's|saturday's|sunday's|the big) (?:rally|protest|picket(?: line)?|demo|demonstration|vigil|walkout)|(?:march|marching|protest|protesting|rally|rallying|strike|striking) (?:with us|alongside us)|(?:march|marching|rally|rallying) (?:on|to|outside) (?:parliament|westminster|downing street|number 10|the town hall|city hall|county hall)|(?:demand|demanding|fight for|fighting for|campaign for|campaigning for) (?:fair|proper|better|more|real) (?:funding|pay)",
    reason: 'calls on readers to join a protest or campaign',
  },
  {
    pattern:
      "(?:support|supporting|back|backing|behind) (?:the )?[\\p{L}' ]{0,40}(?:strike|strikers|industrial action|walkout)|stands? with (?:the )?(?:strikers|them|ukraine|palestine|israel|our migrant|refugees)|we stand with|solidarity",
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
    pattern: `(?:thank you|thanks|grateful to) [\\p{L}@_ ]{0,30}for (?:(?:backing|supporting|standing up for) (?:our|the|this) (?:campaign|strike|strikers|petition|cause|fight|teachers|protest)|investing in|shaming|standing up to)|${GOVERNMENT}'s (?:cuts|failure)|cuts to [\\p{L} ]{0,20}funding|stop the cuts|fully fund`,
    reason: 'takes a side on government funding or policy',
  },
  {
    pattern:
      "(?:the )?council's (?:cuts|decision)[^.!?]{0,40}(?:disgrace|shame|wrong)|disgraceful that (?:the )?(?:council|government)",
    reason: 'attacks a council or government decision',
  },
  {
    pattern:
      '#?(?:free ?palestine|blm|black lives matter|defund ?the ?police|refugees ?welcome|fund ?our ?schools|save ?our ?[\\p{L}]+|stop ?the ?boats|slava ukraini|ceasefire now|took the knee|take the knee|not my king|tories out|labour out|gtto)|#(?:scrap|axe|abolish|defund)[\\p{L}]{3,}',
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
    pattern:
      "(?:remember|think about|ask yourself|ask yourselves|don't forget) [^.!?]{0,60}(?:before|when) you vote|(?:remember|think about|ask yourself) (?:which|what|who) (?:party|parties|candidate|government)|(?:we|i) know who (?:we|i)(?:'ll| will) be voting for|which party (?:has|have|cut|closed|starved)",
    reason: 'steers readers on how to vote',
  },
  {
    pattern:
      '(?:real[- ]terms|brutal|savage|endless|relentless|swingeing) cuts|cut to the bone|starv(?:ed|ing) (?:of (?:funding|cash|money)|schools|our schools)|(?:chronic(?:ally)?|criminally|woefully|massively|severely) underfunded|underfund(?:ed|ing) (?:schools|education|send|our)|(?:deserve|expect) better from (?:this|the|our) (?:government|council|ministers?)|(?:government|ministers?|council) (?:is |are |keeps? )?(?:letting|failing|abandoning) (?:our |down )',
    reason: 'takes a side in a row over public funding',
  },
  {
    pattern: `${GOVERNMENT} (?:simply |just |clearly |obviously )?(?:doesn't|does not|don't|do not|couldn't|could not) care|enough is enough|(?:further|more|yet more) cuts|(?:cuts to|cutting) (?:free school meals|benefits|universal credit|child benefit|send|welfare)|(?:free school meals?|benefits?|welfare|universal credit|child benefit) cuts|so-called '?[\\p{L} ]{0,20}(?:funding|investment|pay (?:rise|award|offer)|reforms?)|(?:don't|do not) be fooled by`,
    reason: 'takes a side against the government or its policy',
  },
  {
    pattern:
      'use your vote to|vote to (?:protect|save|stop|end|defend|keep)|(?:stand|stands|standing|proudly stand) (?:alongside|behind|with) [^.!?]{0,30}(?:strik\\w+|unions?|protesters|campaigners|junior doctors|nurses)|(?:our|the) striking (?:staff|support staff|teachers|colleagues|workers|doctors|nurses)|fair (?:pay|funding) now',
    reason: 'takes a side in a dispute or an election',
  },
  {
    pattern: `${GOVERNMENT} (?:must|needs? to|has to|have to|should|ought to) (?:act|do (?:more|better|something)|listen|fund|pay|step up|wake up|resign|think again|u-turn)|why (?:on earth )?(?:is|are|does|do|can't|won't|should) ${GOVERNMENT}[^.!?]{0,100}\\?`,
    reason: 'demands action from, or questions the motives of, the government',
  },
  {
    pattern: `if ${GOVERNMENT} (?:actually |ever |just |bothered to |had to )?(?:spent|spend|visited|visit|set foot|came|come|tried|try|worked|work|listened|listen|bothered)`,
    reason: 'sneers at a politician',
  },
  {
    pattern: 'ask them to oppose|oppose (?:it|this|the plans?)|brexit has|thanks to brexit',
    reason: 'takes a side in a political debate',
  },
];

/** Subjects of political debate, for a verdict in the same sentence. "School Council" is not one. */
export const POLITICAL_SUBJECT =
  /\b(?:government|ministers?|chancellor|prime minister|education secretary|secretary of state|dfe|(?<!(?:school|eco|student|pupil|youth) )council(?:'s|lors?)?|mps?|parliament|westminster|ofsted|brexit|funding|cuts|free school meals?|benefits?|universal credit|strikes?|striking|tor(?:y|ies)|labour|politicians?)\b/;

/** A verdict: outrage, blame, or a demand that something be scrapped or heard. */
export const VERDICT =
  /\b(?:appall(?:ed|ing)|shameful|shame|disgrace(?:ful)?|disast(?:er|rous)|outrage(?:ous)?|scandal(?:ous)?|cruel|heartless|betray(?:ed|al)?|abolish(?:ed)?|scrap(?:ped)?|never forget|more harm than good|failing|failed|broken|let(?:ting)? [^.!?]{0,20} down|must (?:listen|act)|should be ashamed|ax(?:e|ed|ing)|pathetic|ridiculous|unacceptable|deserves?|share (?:this|if)|if you agree)\b/;
