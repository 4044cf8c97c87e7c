// Schools post on UK time. A `datetime-local` input holds wall-clock time with no zone, so it is
// read as Europe/London whatever zone the laptop is set to, by the API's own rules
// (services/domain/london-time.ts): the editor refuses exactly the times the API refuses — the
// spring hour that never happens, and an autumn hour that happens twice unless it says which.
import { fromLondonTime, londonLabel, londonWallClock } from '../../../domain/london-time.ts';

/** "2026-03-29T09:30" read as London time → the instant. Undefined when it is not one UK time. */
export function fromLondonInput(value: string): Date | undefined {
  const read = fromLondonTime(value);
  return read.ok ? read.at : undefined;
}

export type ScheduleReading =
  | { kind: 'none' }
  | { kind: 'ok'; at: Date }
  | { kind: 'twice'; time: string }
  | { kind: 'problem'; message: string };

/** `value` is what the API takes as scheduledLocal: "2027-10-31T01:30", with " BST"/" GMT" if needed. */
export function readSchedule(value: string): ScheduleReading {
  if (!value) return { kind: 'none' };
  const read = fromLondonTime(value);
  if (read.ok) return { kind: 'ok', at: read.at };
  const wall = value.slice(0, 16);
  if (fromLondonTime(`${wall} BST`).ok && fromLondonTime(`${wall} GMT`).ok) {
    return { kind: 'twice', time: wall.slice(11) };
  }
  return { kind: 'problem', message: `${read.problem}.` };
}

/** The instant as a `datetime-local` value in London time. */
export const toLondonInput = (iso: string) => londonWallClock(new Date(iso)).slice(0, 16);

/** The instant as a UK time the API reads back to the same instant ("… BST"/"… GMT" only when it happens twice). */
export function toLondonSchedule(iso: string): string {
  const wall = toLondonInput(iso);
  return fromLondonTime(wall).ok ? wall : londonLabel(new Date(iso));
}

/** "2026-03-29": the London calendar day of an instant, for grouping. */
export const londonDay = (iso: string) => toLondonInput(iso).slice(0, 10);

const friendly = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
export const formatLondon = (iso: string) => friendly.format(new Date(iso));

const timeOnly = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
});
export const formatLondonTime = (iso: string) => timeOnly.format(new Date(iso));

const dayOnly = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
/** "15 June 2026": a calendar day such as a training date (given as "2026-06-15" or an instant). */
export const formatLondonDay = (iso: string) => dayOnly.format(new Date(iso));
