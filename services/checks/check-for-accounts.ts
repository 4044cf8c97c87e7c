// Checking one text for several target accounts: each platform has its own limits, so the
// text is checked once per platform and the findings merged, one per rule, span and message.
import type { Finding, PlatformName, PostText } from '../../policies/types.ts';

export const platformNames: Record<string, PlatformName> = {
  X: 'x',
  FACEBOOK: 'facebook',
  INSTAGRAM: 'instagram',
  SANDBOX: 'sandbox',
};

export function checkForAccounts(
  check: (post: PostText) => Finding[],
  post: Omit<PostText, 'platform'>,
  accounts: { platform: string }[],
): Finding[] {
  const seen = new Set<string>();
  return accounts.flatMap((account) =>
    check({ ...post, platform: platformNames[account.platform] }).filter((f) => {
      const key = `${f.ruleId}:${f.span?.join('-') ?? ''}:${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
}
