// Pupils' personal data in replies (§5: parents will not share photos or personal details of
// pupils): full names, social handles, and offers to share or collect photos of children.
// Patterns run on the folded (lower-case) text, so they are written in lower case.
import { compileLexicon, type LexiconHit } from '../text/lexicon.ts';
import type { PostContext } from '../text/rule.ts';

const SHARING = compileLexicon([
  {
    pattern:
      "(?:dm|message|drop) me (?:if you want |for |a message for )?(?:the |a copy of the )?(?:full[- ]size )?(?:pics|photos?|videos?|the video|a copy)|(?:dm|send) me your pics|i(?:'ve| have)? (?:got|took|recorded) (?:loads|all)|i'll send|with all the names|with (?:everyone's|all their) names|(?:copies|a copy|copy) of the (?:class|team|year|form) (?:photo|picture|pic)s?|send me (?:all )?(?:the )?(?:photos|pics|pictures|videos|vids) of (?:the |your |all the )?(?:kids|children|pupils|girls|boys|class|team)|pass (?:them|it|the (?:photos|pics)) round|photo of their kid|add names",
    reason: 'offers or collects photos of pupils',
  },
  {
    pattern:
      "(?:snapchat|snap|insta(?:gram)?|tiktok) is @?[\\w.]+|follow my (?:son|daughter|kid) on|(?:his|her|their|my (?:son|daughter|kid)'s) (?:username|handle|snap(?:chat)?|insta(?:gram)?|tiktok|account)(?: name)? is|(?<!^)@[\\w.]*\\d[\\w.]*",
    reason: "shares a child's social media account",
  },
  {
    // A number given as a child's, or a pupil giving staff their own; "call me on" is the parent's.
    pattern:
      "(?:his|her|their|my (?:son|daughter|kid|boy|girl)'s) (?:number|mobile|mob|phone|phone number) is|(?:ring|call|text|phone|whatsapp|message) (?!me\\b|us\\b)[\\p{L}]+ on (?:\\+44 ?|0)\\d{3,4} ?\\d{3} ?\\d{3,4}|(?:sir|miss)\\b[^.!?\\n]{0,40}my (?:number|mobile|phone number|snap|insta) is",
    reason: "shares a child's phone number",
  },
  {
    pattern:
      "(?<!\\b(?:their|our|your|many|the|of|saved|save|whose|gave) )lives (?:on|at|in|above|next door)|which house [\\p{L} ]+ lives|we're at \\d+|from [\\p{L}'-]+ (?:avenue|road|street|close|drive|lane|crescent|way)",
    reason: 'reveals where a child lives',
  },
  {
    pattern:
      "(?:year \\d+|y\\d+),? (?:at )?[\\p{L}'-]+ (?:primary|academy|school)|(?:mrs?|miss|ms) [a-z]+'s class",
    reason: 'ties a child to their school and class',
  },
]);

/**
 * A reply opens with the handle of the person it answers, usually another adult. It is a child's
 * handle when the reply puts that person in the school's photo ("ur so ugly in this pic").
 */
const ADDRESSEE_HANDLE = /^@[\w.]*\d[\w.]*/;
const ADDRESSEE_IN_PHOTO =
  /\b(?:you|u|ur|you're|youre|your)\b[^.!?]{0,40}\bin (?:this|that|the) (?:pic|photo|picture|video|vid)\b/;

function pupilAddressed({ folded }: PostContext): LexiconHit[] {
  const handle = ADDRESSEE_HANDLE.exec(folded);
  if (!handle || !ADDRESSEE_IN_PHOTO.test(folded)) return [];
  return [
    {
      start: 0,
      end: handle[0].length,
      entry: { pattern: '', reason: 'addresses a pupil in the photo by their handle' },
    },
  ];
}

export function pupilDataHits(context: PostContext): LexiconHit[] {
  const named = context.names.full.map((m) => ({
    start: m.span[0],
    end: m.span[1],
    entry: { pattern: '', reason: 'names a pupil in full' },
  }));
  return [...named, ...pupilAddressed(context), ...SHARING(context.text, context.folded)];
}
