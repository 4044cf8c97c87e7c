// How soon an account's platform token stops working, in words and a tone: the ICT technician
// needs a fortnight's warning to reconnect before posts start failing.
const DAY = 86_400_000;
export const WARN_DAYS = 14;

export interface Expiry {
  words: string;
  tone: 'good' | 'attention' | 'bad';
}

export function tokenExpiry(expiresAt: string | null, now = Date.now()): Expiry {
  if (!expiresAt) return { words: 'The token does not expire.', tone: 'good' };
  const left = new Date(expiresAt).getTime() - now;
  if (left <= 0)
    return { words: 'The token has expired: posts will fail until it is reconnected.', tone: 'bad' };
  const days = Math.floor(left / DAY);
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
  return days < WARN_DAYS
    ? { words: `The token expires ${when}: reconnect it before then.`, tone: 'attention' }
    : { words: `The token expires ${when}.`, tone: 'good' };
}
