// Spam (§2): scams, phishing, crypto, follower-selling and adverts unrelated to the school.
import type { LexiconEntry } from '../../text/lexicon.ts';

/** Phishing is never excused by a school word ("free uniform voucher – enter your bank details"). */
export const PHISHING = 'a scam or phishing bait';

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
      '(?:lucky )?winner|claim (?:your|here|now)|free (?:iphone|gift|£|v-?bucks)|gift card|voucher:|verify now|(?:has been|is) (?:locked|suspended|disabled)|will be disabled|violates our community|package could not be delivered|reschedule:|bank details|card details|no human verification|100% legit',
    reason: PHISHING,
  },
  {
    pattern:
      'bitcoin|crypto\\w*|forex|trading signals|passive income|dropshipping|make (?:money|£\\d+)|made £[\\d,]+|£\\d+(?:/| a | per )(?:day|week|month)|10k/month|earn (?:£|passive|money)|quit my job|play and win|win real cash',
    reason: 'a get-rich-quick scheme',
  },
  {
    pattern:
      '\\d+k followers|want (?:more )?followers|hot singles|sugar daddy|accept my friend request|captain [a-z]+ [a-z]+ of|recover (?:my|your) hacked|whatsapp me|dm for prices|recruiter|no experience needed|work from home|avon reps|weight loss jabs|without prescription|puppies for sale|for sale|selling my|cheap (?:[\\p{L}]+ )?(?:tickets|trainers|driveway)|% off|discount codes|reasonable rates|fully insured',
    reason: 'an unrelated advert or scam',
  },
  {
    pattern:
      '(?:anyone|does anyone|who) (?:need|needs|want|wants|looking for) an? (?:cleaner|tutor|plumber|electrician|photographer|dog walker|babysitter|nail tech|lash tech|hairdresser|mortgage|loan|driving instructor)|(?:check out|subscribe to|follow|visit|head to) my (?:page|channel|content|account|vlog|blog|shop|store|youtube|tiktok|insta(?:gram)?)|(?:my|our) small business|for (?:[\\p{L}-]+ )?content and',
    reason: 'an unrelated advert or self-promotion',
  },
  {
    pattern:
      '(?:modelling|modeling|photo) (?:shoot|job|work)|paid (?:shoot|opportunity|work)|message me privately (?:for|to)|(?:easy|quick) money',
    reason: 'an unsolicited offer',
  },
];

/** Adverts that belong on a school page (uniform swaps, the PTA): not spam, unless they phish. */
export const SCHOOL_ADVERT = /\b(?:uniform|pta|school fair|summer fair|christmas fair)\b/i;

/** A parent warning others about a scam quotes the scam's own words. */
export const SCAM_WARNING =
  /\b(?:scam alert|scam warning|impersonating|report and block|do not click|don't click|beware|fake (?:page|account|profile))\b/i;
