// The questions asked about a colleague when inviting or authorising them, worded once.

/**
 * The form's answers to the questions it must have, trimmed, or the words asking for the first
 * one left empty (each question named with those words, in the order the form asks them).
 */
export function answersTo<Name extends string>(
  form: HTMLFormElement,
  asks: Record<Name, string>,
): { answers: Record<Name, string> } | { missing: string } {
  const data = new FormData(form);
  const answers = {} as Record<Name, string>;
  for (const [name, words] of Object.entries(asks) as [Name, string][]) {
    answers[name] = String(data.get(name) ?? '').trim();
    if (!answers[name]) return { missing: words };
  }
  return { answers };
}

export const noColleagueEmail = 'Give the colleague’s school email address.';

export function ColleagueEmail({ id }: { id: string }) {
  return (
    <>
      <label htmlFor={id}>Their school email address</label>
      <input id={id} name="email" type="email" autoComplete="off" spellCheck={false} />
    </>
  );
}

// §3: nobody posts untrained, so whoever authorises a colleague says when they were trained. The
// date is asked each time, empty, never assumed to be today: a guess would hide lapsed training.
export const noTrainingDate = 'Give the date they were trained on the platform and the social media policy.';

export function TrainingDate({ id }: { id: string }) {
  return (
    <>
      <label htmlFor={id}>Trained on the platform and the policy on</label>
      <input id={id} name="trainedAt" type="date" />
    </>
  );
}
