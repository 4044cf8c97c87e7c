// What makes a password acceptable, told kindly and all at once. Length matters most (NCSC:
// three random words); we refuse only what is short, commonly guessed, or made from the person's
// own name or email. Pure: the caller brings the person.

const MIN_LENGTH = 10;
const MAX_LENGTH = 200;

// The most guessed passwords and school favourites, lower case, as a person might write them.
const COMMON = new Set([
  'password',
  'password1',
  'password123',
  'passw0rd',
  'qwertyuiop',
  '1234567890',
  '12345678910',
  'iloveyou123',
  'letmein123',
  'welcome123',
  'teacher123',
  'school1234',
  'changeme123',
]);

export function passwordProblems(password: string, person: { email: string; name?: string }): string[] {
  const problems: string[] = [];
  const lower = password.normalize('NFKC').toLowerCase();
  if ([...password].length < MIN_LENGTH)
    problems.push(
      `Use at least ${MIN_LENGTH} characters; three random words are easy to remember and hard to guess.`,
    );
  if (password.length > MAX_LENGTH) problems.push(`Use at most ${MAX_LENGTH} characters.`);
  if (COMMON.has(lower.replace(/[^a-z0-9]/g, '')))
    problems.push('That password is one of the first that attackers try; choose something less common.');
  const own = [person.email.split('@')[0] ?? '', ...(person.name ?? '').split(/\s+/)]
    .map((p) => p.toLowerCase())
    .filter((p) => p.length >= 4);
  if (own.some((p) => lower.includes(p)))
    problems.push('Leave your name and email address out of your password.');
  return problems;
}
