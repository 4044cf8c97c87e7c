// §3/§11: people authorised to post are trained on the platform and on what may be posted, and
// that training is refreshed. When it lapses is a pure function of the date and the school's period.
const DAY_MS = 24 * 3600_000;

/** Reminders go 30 days and again 7 days before the training lapses; nearest first. */
export const TRAINING_REMINDER_DAYS = [7, 30];

export const trainingLapsesAt = (trainedAt: Date, refreshDays: number) =>
  new Date(trainedAt.getTime() + refreshDays * DAY_MS);

export const trainingLapsed = (trainedAt: Date, refreshDays: number, now = new Date()) =>
  trainingLapsesAt(trainedAt, refreshDays).getTime() <= now.getTime();

export const ukDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long' });
