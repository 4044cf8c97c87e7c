// How old a follower's own account is, in words: a days-old account following a school is worth
// a second look.
const DAY = 86_400_000;
/** Accounts younger than this are marked new. */
export const NEW_ACCOUNT_DAYS = 30;

export function accountAge(createdIso: string | null, now = new Date()): { words: string; isNew: boolean } {
  if (!createdIso) return { words: 'Account age not known', isNew: false };
  const days = Math.max(0, Math.floor((now.getTime() - new Date(createdIso).getTime()) / DAY));
  const years = Math.floor(days / 365);
  const months = Math.floor(days / 30);
  const span =
    years >= 1
      ? `${years} ${years === 1 ? 'year' : 'years'}`
      : months >= 2
        ? `${months} months`
        : `${days} ${days === 1 ? 'day' : 'days'}`;
  return { words: `Account made ${span} ago`, isNew: days < NEW_ACCOUNT_DAYS };
}
