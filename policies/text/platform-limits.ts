// The platform's own rules (§3: "accounts will comply with the platform's rules").
import twitterText from 'twitter-text';
import type { Finding } from '../types.ts';
import type { TextRule } from './rule.ts';
import { findingOf } from './rule.ts';

const identity = {
  id: 'text.platform-limits',
  category: 'platform_limit',
  severity: 'block',
  clause: '§3',
} as const;

export const platformLimits: TextRule = {
  ...identity,
  description: "X's weighted 280-character limit; Instagram posts need an image",
  check({ text, post }): Finding[] {
    if (post.platform === 'x') {
      const parsed = twitterText.parseTweet(text);
      if (!parsed.valid && parsed.weightedLength > 280) {
        const span: [number, number] = [parsed.validRangeEnd + 1, text.length];
        return [
          findingOf(identity, {
            message: `This post is ${parsed.weightedLength} characters as X counts them (limit 280; emoji and some characters count double).`,
            suggestion: 'Shorten the post, or move detail to a link or the newsletter.',
            span,
          }),
        ];
      }
    }
    if (post.platform === 'instagram' && post.hasImage === false) {
      return [
        findingOf(identity, {
          message: 'Instagram posts must include an image or video.',
          suggestion: 'Add a photo (with consent and alt text) or post to another account.',
        }),
      ];
    }
    return [];
  },
};
