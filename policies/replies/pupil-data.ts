// Pupils' personal data in replies (§5: parents will not share photos or personal details of
// pupils): full names, social handles, and offers to share or collect photos of children.
// Patterns run on the folded (lower-case) text, so they are written in lower case.
import { compileLexicon, type LexiconHit } from '../text/lexicon.ts';
import type { PostContext } from '../text/rule.ts';

const SHARING = compileLexicon([
  {
    pattern:
      "(?:dm|message|drop) me (?:if you want |for |a message for )?(?:the |a copy of the )?(?:full[- ]size )?(?:pics|photos?|videos?|the video|a copy)|(?:dm|send) me your pics|i(?:'ve| have)? (?:got|took|recorded) (?:loads|all)|i'll send|with all the names|photo of their kid|add names",
    reason: 'offers or collects photos of pupils',
  },
  {
    pattern:
      '(?:snapchat|snap|insta(?:gram)?|tiktok) is @?[\\w.]+|follow my (?:son|daughter|kid) on|@[\\w.]*\\d[\\w.]*',
    reason: "shares a child's social media account",
  },
  {
    pattern:
      "lives (?:on|at|in|above|next door)|which house [\\p{L} ]+ lives|we're at \\d+|from [\\p{L}'-]+ (?:avenue|road|street|close|drive|lane|crescent|way)",
    reason: 'reveals where a child lives',
  },
  {
    pattern:
      "(?:year \\d+|y\\d+),? (?:at )?[\\p{L}'-]+ (?:primary|academy|school)|(?:mrs?|miss|ms) [a-z]+'s class",
    reason: 'ties a child to their school and class',
  },
]);

export function pupilDataHits(context: PostContext): LexiconHit[] {
  const named = context.names.full.map((m) => ({
    start: m.span[0],
    end: m.span[1],
    entry: { pattern: '', reason: 'names a pupil in full' },
  }));
  return [...named, ...SHARING(context.text, context.folded)];
}
