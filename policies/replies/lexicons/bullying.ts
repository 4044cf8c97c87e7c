// Cyberbullying of pupils (§10): mocking, exclusion and body-shaming aimed at a child.
import type { LexiconEntry } from '../../text/lexicon.ts';

export const BULLYING: LexiconEntry[] = [
  {
    pattern:
      "everyone hates|nobody likes (?:him|her|them)|no ?one likes|nobody wants [\\p{L}]+|got no friends|no friends|(?:making|start) a group chat without|no ?one invited|nobody sit next to|don't let [\\p{L}]+ near|stay away from (?:him|her)",
    reason: 'exclusion',
  },
  {
    pattern:
      'looks like a (?:boy|girl|potato|pig|whale)|lay off the (?:pies|cakes|burgers)|fat (?:one|kid|loser)|the fat|whale alert|🐷|🐘|smells like|stinks|so ugly|ur so ugly|(?:big|fat) [\\p{Lu}][\\p{L}]+ making the floor shake',
    reason: 'body-shaming',
  },
  {
    pattern:
      "thinks (?:she|he)(?:'s| is) (?:an? |all that|it)|thinks (?:she|he) can|thinks shes it|can'?t even (?:kick|sing|run|read)|imagine being|such a tryhard|tryhard|so cringe|cringe|nobody asked|only (?:won|got picked) coz|(?:bet|lol|lmao) [\\p{L}]+ cried|crying at|wets the bed|got dumped|look at (?:her|his|[\\p{L}]+'s) face|screenshot and send|bring him down a peg|charity shop|is a snake|swot|get a personality|the ginger kid|the kid in the|her in the middle|his in the|who let [\\p{L}]+ on the team",
    reason: 'mocking a child',
  },
  {
    pattern:
      'knows what [\\p{L}]+ did|should i post the vid|mean stuff about|everyone says it|everyone knows [\\p{L}]+',
    reason: 'spreading rumours about a child',
  },
  {
    pattern:
      '(?:the )?r[\\*@]?tard from|freak show|weirdo in|in (?:the )?(?:\\d(?:st|nd|rd|th)|second|third|back) (?:pic|row|photo)',
    reason: 'picking out a child in the photos',
  },
];

/** Words that make bullying name-calling as well, which the log records as abuse too. */
export const NAME_CALLING = /\b(?:fat|loser|weirdo|freak|whale|ugly|snake|fr\*ak|r\*tard|baby|pig)\b/i;
