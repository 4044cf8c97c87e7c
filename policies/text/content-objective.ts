// §3: staff only post content that meets the school's social media objectives. The post is tagged
// with the objective it serves; when none fits, a warning (never a block) asks the author why.
import type { Finding } from '../types.ts';
import type { TextRule } from './rule.ts';
import { findingOf } from './rule.ts';

const OBJECTIVES: { name: string; pattern: RegExp }[] = [
  {
    name: 'an upcoming event',
    pattern:
      /\b(?:on|this|next) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}(?:[.:]\d{2})? ?(?:am|pm)\b|\btickets?\b|\bjoin us\b|\bcome along\b|\breminder\b|\btomorrow\b|\btonight\b/i,
  },
  {
    name: 'good news or an achievement',
    pattern:
      /\bcongratulations?\b|\bcongrats\b|\bwell done\b|\bproud\b|\bwon\b|\bwinners?\b|\bchampions?\b|\baward(?:ed)?\b|\brecord\b|\bthank(?:s| you)\b|\bcelebrat\w*|\bachiev\w*|\bsuccess\w*|\bbrilliant\b|\bfantastic\b|\bamazing\b|\bhighlights?\b|\bwelcome\b/i,
  },
  {
    name: 'information for parents',
    pattern:
      /\bparents?\b|\bfamilies\b|\bclos(?:ed|ure|es)\b|\bplease\b|\bdeadline\b|\bbook(?:ing)?\b|\bcollect\b|\bkit\b|\bapply\b|\bupdate\b|\bopen\b|\bsafety\b|\bterm\b|\byear \d+\b/i,
  },
];

const identity = {
  id: 'text.content-objective',
  category: 'content_objective',
  severity: 'warn',
  clause: '§3',
} as const;

/** Which objectives a post serves, for the reviewer's summary. */
export function contentObjectives(text: string): string[] {
  return OBJECTIVES.filter((o) => o.pattern.test(text)).map((o) => o.name);
}

export const contentObjective: TextRule = {
  ...identity,
  description:
    'Tags the objective a post serves (event, achievement, information for parents); warns when none fits',
  check({ text }): Finding[] {
    if (contentObjectives(text).length > 0) return [];
    return [
      findingOf(identity, {
        message:
          "This post doesn't clearly serve one of the school's objectives: an upcoming event, good news or an achievement, or information parents need.",
        suggestion:
          'Say what the post is for: the event and its date, the achievement being celebrated, or what parents need to do.',
      }),
    ];
  },
};
