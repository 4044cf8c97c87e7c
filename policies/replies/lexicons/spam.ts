// Spam (§2): scams, phishing, crypto, follower-selling and adverts unrelated to the school.
import type { LexiconEntry } from '../../text/lexicon.ts';

export const SPAM: LexiconEntry[] = [
  {
    pattern:
      '(?:https?://)?(?:[a-z0-9-]+\\.)+(?:club|shop|info|help|gg|xyz|top|click|site|online|store|live|win|biz|co|io|me|ly)(?:/\\S*)?|bit\\.ly/\\S+|t\\.me/\\S+|[a-z0-9]+-[a-z0-9-]+\\.(?:com|net|co\\.uk)',
    reason: 'a link to an unknown site',
  },
  {
    pattern:
      'link in (?:my )?bio|check (?:out )?my (?:page|bio|shop|profile)|check my bio|follow @[\\w.]+ for',
    reason: 'self-promotion',
  },
  {
    pattern:
      '(?:lucky )?winner|claim (?:your|here|now)|free (?:iphone|gift|£|v-?bucks)|gift card|voucher:|verify now|(?:has been|is) (?:locked|suspended|disabled)|will be disabled|violates our community|package could not be delivered|reschedule:|bank details|no human verification|100% legit',
    reason: 'a scam or phishing bait',
  },
  {
    pattern:
      'bitcoin|crypto\\w*|forex|trading signals|passive income|dropshipping|make (?:money|£\\d+)|made £[\\d,]+|£\\d+(?:/| a | per )(?:day|week|month)|10k/month|earn (?:£|passive|money)|quit my job|play and win|win real cash',
    reason: 'a get-rich-quick scheme',
  },
  {
    pattern:
      '\\d+k followers|want (?:more )?followers|hot singles|sugar daddy|accept my friend request|captain [a-z]+ [a-z]+ of|recover (?:my|your) hacked|whatsapp me|dm for prices|recruiter|no experience needed|work from home|avon reps|weight loss jabs|without prescription|puppies for sale|for sale|selling my|cheap (?:[\\p{L}]+ )?(?:tickets|trainers|driveway)|% off|discount codes|reasonable rates|anyone need a cleaner|mum-life content',
    reason: 'an unrelated advert or scam',
  },
];

/** Adverts and warnings that belong on a school page: uniform swaps, scam alerts. */
export const RELEVANT = /uniform|scam alert|impersonating|report and block|pta|school fair/i;
