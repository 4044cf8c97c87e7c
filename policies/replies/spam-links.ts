// Links in replies. A bare link is how parents share an article or a cousin's stall at the fair;
// it is spam only when the host is a scammer's kind (a shortener, a throwaway domain, a brand
// look-alike) or the words around it sell: free, win, earn, discount, DM me.
import type { LexiconHit } from '../text/lexicon.ts';
import type { PostContext } from '../text/rule.ts';
import { LINK, PROMOTION, SPAM_HOST, TRUSTED_HOST } from './lexicons/spam.ts';

const SUSPECT_HOST = { pattern: SPAM_HOST.source, reason: 'a link to a shortener or a scam-style site' };
const PROMOTED = { pattern: PROMOTION.source, reason: 'a link with a sales pitch or a prize' };

/** The host part of a link as written ("https://www.bbc.co.uk/news" → "bbc.co.uk"). */
export function hostOf(link: string): string {
  return link
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/, '')
    .replace(/[.,!?)]+$/, '');
}

export function spamLinks({ folded }: PostContext): LexiconHit[] {
  const promoted = PROMOTION.test(folded);
  return [...folded.matchAll(LINK)].flatMap((m) => {
    const host = hostOf(m[0]);
    if (TRUSTED_HOST.test(host)) return [];
    const entry = SPAM_HOST.test(host) ? SUSPECT_HOST : promoted ? PROMOTED : undefined;
    return entry ? [{ start: m.index, end: m.index + m[0].length, entry }] : [];
  });
}
