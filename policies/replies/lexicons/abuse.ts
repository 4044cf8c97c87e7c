// Abuse aimed at the school, staff, pupils or parents (§5, §10): insults, threats, hate and
// defamatory accusations. Swearing and slurs come from the shared profanity families.
import type { LexiconEntry } from '../../text/lexicon.ts';

export const INSULTS: LexiconEntry[] = [
  {
    pattern:
      "(?:you(?:'re| are)?|is|are|he's|she's|they're|such an?|bunch of|absolute|utter|total|lazy|useless|stupid|thick)\\s+(?:an? )?(?:idiots?|clowns?|morons?|cows?|psychos?|thie(?:f|ves)|crooks?|drunks?|parasites?|losers?|melts?|muppets?|snakes?|freaks?|weirdos?|pigs?|slags?|scum|trash|joke|liars?|creeps?|nonces?|groomers?|babysitters)",
    reason: 'name-calling',
  },
  {
    pattern:
      "(?:thick as|dumbest|pathetic excuse|clown show|incompetent idiot|couldn't run a bath|useless lazy|get a real job|overpaid babysitters|absolute parasites|snowflake lefties|stuck up)",
    reason: 'an insult',
  },
  { pattern: '🤡|(?:freak|weirdo|loser|whale|fat loser)(?:s| show| alert)?', reason: 'name-calling' },
  {
    pattern:
      '(?:crap|bad|useless|terrible|worst) (?:mum|dad|parent|head|teacher|school)|worst head|is a (?:drunk|thief|crook|psycho)|fiddling the|should be sacked|should be in prison',
    reason: 'a personal attack or defamatory accusation',
  },
];

export const THREATS: LexiconEntry[] = [
  {
    pattern:
      "you're dead|you are dead|i know where you live|wait till i see you|i'll be waiting (?:at|outside)|gets? hit by a bus|kill yourself|kys|should (?:torch|burn|bomb)|torch that place|(?:i'll|i will|gonna) (?:smash|batter|kill|hurt|get) (?:you|him|her|them)|watch your back|won't touch my son again",
    reason: 'a threat',
  },
];

export const HATE: LexiconEntry[] = [
  {
    pattern:
      "go back to where you came from|so many foreigners|not a british school|gets away with everything cos he's (?:black|asian)|(?:muslims?|immigrants?|foreigners|gypsies|travellers) (?:everywhere|nicking|stealing|getting special)|trans agenda|woke indoctrination|groomers|can't even speak proper english",
    reason: 'hate aimed at a group',
  },
];
