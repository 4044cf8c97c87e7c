// Tokens that end (Graph page tokens, X tokens without a refresh token) are announced to the
// marketing officer and the ICT technician 7 days and again 1 day before, once each.
import type { Services } from '../context.ts';
import { announceNotice, connectionProblemRecipients, type Notice, recordNotice } from '../notices/notify.ts';
import { accountsExpiringBefore, markExpiryWarned } from '../repositories/account-connections.ts';
import { inTransaction } from '../repositories/db.ts';

/** Nearest first: an account a day from expiry gets the 1-day warning, not both. */
const WARN_DAYS_BEFORE = [1, 7];
const DAY_MS = 24 * 3600_000;

const when = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  dateStyle: 'full',
  timeStyle: 'short',
});

export async function warnOfExpiringTokens(services: Services, now = new Date()): Promise<number> {
  let sent = 0;
  for (const days of WARN_DAYS_BEFORE) {
    const due = await accountsExpiringBefore(services.db, new Date(now.getTime() + days * DAY_MS), days);
    for (const account of due) {
      const expired = account.tokenExpiresAt!.getTime() <= now.getTime();
      const notice: Notice = {
        schoolId: account.schoolId,
        kind: 'account.token-expiring',
        subjectType: 'account',
        subjectId: account.id,
        to: connectionProblemRecipients,
        message: `The connection of ${account.handle} (${account.platform.toLowerCase()}) ${
          expired ? 'expired' : 'expires'
        } on ${when.format(account.tokenExpiresAt!)}; the ICT technician must reconnect it${
          expired ? '' : ' before then'
        } or its posts will fail.`,
      };
      await inTransaction(services.db, async (tx) => {
        await markExpiryWarned(tx, account.id, days);
        await recordNotice(tx, notice);
      });
      await announceNotice(services.feed, notice);
      sent += 1;
    }
  }
  return sent;
}
