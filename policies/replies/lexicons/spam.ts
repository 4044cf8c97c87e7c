// Spam (§2): scams, phishing, crypto, follower-selling and adverts unrelated to the school.
import type { LexiconEntry } from '../../text/lexicon.ts';

/** Phishing is never excused by a school word ("free uniform voucher – enter your bank details"). */
export const PHISHING = 'a scam or phishing bait';

export const SPAM: LexiconEntry[] = [
  {
    pattern:
      'link in (?:my )?bio|check (?:out )?my (?:page|bio|shop|profile)|check my bio|follow @[\\w.]+ for',
    reason: 'self-promotion',
  },
  {
    pattern:
      "(?:lucky )?winner|(?:one of )?our lucky winners|you(?:'ve| have)? been (?:selected|chosen|picked) (?:as|to|for)|(?:receive|claim|collect) your (?:prize|reward|gift)|send us your (?:details|address|bank)|claim (?:your|here|now)|free (?:iphone|gift|£|v-?bucks)|gift card|voucher:|verify now|(?:has been|is) (?:locked|suspended|disabled)|will be disabled|violates our community|package could not be delivered|reschedule:|bank details|card details|no human verification|100% legit",
    reason: PHISHING,
  },
  {
    pattern:
      'bitcoin|crypto\\w*|forex|trading signals|passive income|dropshipping|make (?:money|£\\d+)|made £[\\d,.]+k?|trading from (?:my|your|home|the)|ask me how|£\\d+(?:/| a | per )(?:day|week|month)|10k/month|earn (?:up to |over |from )?(?:£|passive|money|extra)|£[\\d,]+(?:\\+)? (?:daily|a day|per day|weekly|a week|per week)|(?:investment|trading) (?:platform|manager|expert|account|mentor)|account manager|(?:recovery|recover) (?:expert|specialist|hacker)|lost funds|(?:recovered|recover|got back) my (?:stolen |hacked |lost )?(?:instagram|insta|facebook|account|crypto|funds|bitcoin)[^.!?]{0,30}(?:thanks to|contact|dm|message|whatsapp|@)|invest £[\\d,]+|guaranteed (?:returns|profit|income)|receive £[\\d,]+ in \\d+|get paid to (?:review|test|watch|play|take|answer|share)|turned £[\\d,]+ into|quit my job|play and win|win real cash',
    reason: 'a get-rich-quick scheme',
  },
  {
    pattern:
      "\\d+k followers|want (?:more )?followers|(?:buy|gain|grow|boost) (?:your |more |real |instant )*(?:followers|likes|views|subscribers|page|account|following)|(?:real|cheap|instant) (?:followers|likes|views|subscribers)|(?:buy|get|gain) [\\d,]+k? (?:instagram |tiktok |insta |facebook |fb )?(?:likes|followers|views|subscribers)|[\\d,]+k? (?:instagram |tiktok |insta |facebook |fb )?(?:likes|followers|views|subscribers) (?:for|only|from) £|(?:amazing|huge|massive|free|epic) giveaway|(?:follow|like|share|comment|tag)(?: (?:and|&|\\+) (?:follow|like|share|comment|tag \\w+))+ to win|to win an? (?:ps5|iphone|ipad|xbox|macbook|car|holiday|£)|serious relationship|(?:hi|hello|hey) (?:dear|beautiful|handsome|sweetie)(?! (?:people|girls|boys|kids|children|everyone|all|team|ladies))|(?:saw|seen|came across|checked) your profile|know you (?:better|more)|join my team|(?:work|earn|earning) from home|flexible hours\\b[^.!?]{0,40}(?:message|dm|inbox|pm)|just pay (?:the )?postage|i need \\d+ (?:mums|people|ladies|women|men|parents) to (?:try|test|join)|(?:i am|i'm) (?:dr|captain|general|sergeant|colonel|major|an? (?:un|army|us army|oil rig)) [\\p{L} ]{0,40}(?:doctor|soldier|engineer|in (?:yemen|syria|afghanistan))|psychic|tarot|collab(?:oration)?\\b|love your (?:content|page|feed|profile)|brand ambassadors?|cheap (?:car |van |home |pet |life )?insurance|save you hundreds|write off (?:up to )?\\d+%|struggling with debt|debt (?:help|solutions?|relief|advice line)|government[- ]backed scheme|(?:free )?(?:robux|v-?bucks|coins|gems) generator|free robux|no scam|spell caster|love spells?|(?:on|via|me on) (?:hangouts|telegram|signal|kik)|(?:need|want|get) an? (?:fast |quick |instant )?loan|(?:fast|quick|instant|payday) (?:loans?|cash)|loans? (?:approved|available|in minutes)|bad credit|(?:approval|approved) in|promote your (?:business|page|brand)|(?:inbox|dm|message|pm) (?:me |us )?(?:for (?:info|details|more|prices|rates|the link)|quick|now)|onlyfans|only fans|hot singles|sugar (?:daddy|mummy|mommy|mama|baby)|(?:have you|ever) heard of (?:our|my) [\\p{L} ]{0,25}(?:shakes|products?|range|business|opportunity|supplements?)|accept my friend request|captain [a-z]+ [a-z]+ of|recover (?:my|your) hacked|whatsapp me|dm for prices|recruiter|no experience needed|work from home|avon reps|weight loss jabs|without (?:a )?prescription|no prescription|(?:ozempic|mounjaro|wegovy)\\b|puppies for sale|for sale|selling my|cheap (?:[\\p{L}]+ )?(?:tickets|trainers|driveway)|brand new [\\p{L} ]{2,30}£\\d+|cash paid|\\d+% off|(?:use|with) code [a-z]+\\d+|(?:opening|opened) on the high street|discount codes|reasonable rates|fully insured|competitive (?:prices|rates)|call for a (?:free )?quote|free quotes?|no job too small|family[- ]run (?:business|company|firm)|giving away [£$€]|[£$€][\\d,]+ to the first \\d+|first \\d+ (?:people|followers) (?:who|to) (?:comment|share|like|follow|dm|message)|order (?:via|through|from|on) my (?:page|website|shop|insta\\w*|profile)|limited stock|looking for (?:friendship|love|a (?:partner|wife|husband|girlfriend|boyfriend|companion))|single (?:dad|mum|man|woman|father|mother) looking",
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
export const SCHOOL_ADVERT =
  /\b(?:uniform|pta|school fair|summer fair|christmas fair|school office|parent governors?|school (?:trousers|shoes|jumpers?|cardigans?|shirts?|skirts?|blazers?|bags?|coats?)|pe kit|blazers?|book bags?|leavers'? hoodies?)\b/i;

/** A parent warning others about a scam quotes the scam's own words. */
export const SCAM_WARNING =
  /\b(?:scam alert|scam warning|impersonating|report and block|do not click|don't click|beware|fake (?:page|account|profile))\b/i;

/**
 * A web address as people paste it: with a scheme, with "www.", or a bare host with a dot-suffix.
 * A link alone is not spam: parents share news articles, NHS advice and a relative's stall at the
 * fair. It is spam when the host itself is a scammer's kind, or the reply around it sells.
 */
export const LINK =
  /(?:https?:\/\/|www\.)[^\s<>()]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|co|uk|io|me|ly|info|biz|xyz|top|click|club|shop|store|online|site|live|win|gg|icu|buzz|loan|bet|casino|vip|fun|cam|sbs|cyou|bond|help|app|link|pro|today|support)\b(?:\/[^\s<>()]*)?/g;

/** Public bodies, schools, charities and the BBC: never spam on the strength of the link. */
export const TRUSTED_HOST =
  /(?:^|\.)(?:[a-z0-9-]+\.(?:gov|nhs|sch|ac|org|police|mod|parliament)\.uk|gov\.uk|nhs\.uk|[a-z0-9-]+\.(?:org|gov|edu)|bbc\.co\.uk|bbc\.com|justgiving\.com)$/;

/** Hosts that are a scam on their own: link shorteners, throwaway domains, brand look-alikes. */
export const SPAM_HOST =
  /^(?:bit\.ly|tinyurl\.com|t\.me|goo\.gl|ow\.ly|is\.gd|cutt\.ly|rb\.gy|shorturl\.at|tiny\.cc|wa\.me|linktr\.ee)$|\.(?:xyz|top|click|club|shop|store|online|site|live|win|biz|info|gg|icu|buzz|loan|bet|casino|vip|fun|cam|sbs|cyou|bond|help|support)$|(?:secure|login|verify|verification|account|redeliver\w*|support|help|desk|update|claim|reward|rewards|prize|free|bonus|giveaway|winner|crypto|cash|money|earn)\b|[a-z]\d[a-z]*-|-(?:uk|secure|login|verify|support|online)\b/;

/** The reply around a link selling, promising or asking for a click. */
export const PROMOTION =
  /[£$€]|\b(?:free|win|wins|winner|won|prizes?|giveaways?|money|cash|earn\w*|income|profit\w*|crypto\w*|bitcoin|forex|invest\w*|followers|likes|dm (?:me|us|for)|message me|inbox me|whatsapp me|click\w*|offers?|discount\w*|deals?|sale|promo\w*|codes?|coupons?|vouchers?|limited|cheap\w*|guaranteed|bonus|claim|exclusive|\d+% off|order now|shop now|sign up now|verify\w*|unlock|apply now|act now)\b/;
