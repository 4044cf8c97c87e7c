// The platform's own rules (§3: "accounts will comply with the platform's rules").
import { createRequire } from 'node:module';
import type { Finding } from '../types.ts';
import type { TextRule } from './rule.ts';
import { findingOf } from './rule.ts';

const identity = {
  id: 'text.platform-limits',
  category: 'platform_limit',
  severity: 'block',
  clause: '§3',
} as const;

type ParseTweet = typeof import('twitter-text').parseTweet;
let parseTweetOnce: ParseTweet | undefined;

/**
 * twitter-text's parseTweet is loaded on first need, through its CommonJS build: most posts never
 * need it, and its ES build is ~200 modules that would each slow the CLI's start. Only the
 * parseTweet module is loaded, not the package index (autolinking, extractors): half the cost.
 */
function parseTweet(text: string) {
  parseTweetOnce ??= createRequire(import.meta.url)('twitter-text/dist/parseTweet.js') as ParseTweet;
  return parseTweetOnce(text);
}

/** Characters X counts once (twitter-text's default ranges); everything else counts twice. */
function weightOf(code: number): number {
  return code <= 4351 ||
    (code >= 8192 && code <= 8205) ||
    (code >= 8208 && code <= 8223) ||
    (code >= 8242 && code <= 8247)
    ? 1
    : 2;
}

/**
 * An upper bound of X's weighted length: each unit at its weight (a surrogate pair counts 2 + 2)
 * and 23 for every place a link could be (a dot before a letter or digit). Only posts over 280 by
 * this bound are parsed by twitter-text.
 */
function mayExceedX(text: string): boolean {
  let bound = 0;
  for (let i = 0; i < text.length; i++) bound += weightOf(text.charCodeAt(i));
  return bound + 23 * (text.match(/\.[\p{L}\p{N}]/gu)?.length ?? 0) > 280;
}

export const platformLimits: TextRule = {
  ...identity,
  description: "X's weighted 280-character limit; Instagram posts need an image",
  check({ text, post }): Finding[] {
    if (post.platform === 'x' && mayExceedX(text)) {
      const parsed = parseTweet(text);
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
