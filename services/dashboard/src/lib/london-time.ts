// Schools post on UK time. A `datetime-local` input holds wall-clock time with no zone, so it
// is read and written as Europe/London here, whatever zone the laptop is set to.
const ZONE = 'Europe/London';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function londonParts(at: Date): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const p of partsFormat.formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return parts;
}

/** Minutes London is ahead of UTC at that instant (0 in winter, 60 in summer). */
function offsetMs(at: Date): number {
  const p = londonParts(at);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** "2026-03-29T09:30" read as London time → the instant. Undefined when not a valid time. */
export function fromLondonInput(value: string): Date | undefined {
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m.map(Number) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  // Two passes settle the offset across a clock change.
  let instant = wall - offsetMs(new Date(wall));
  instant = wall - offsetMs(new Date(instant));
  return new Date(instant);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant as a `datetime-local` value in London time. */
export function toLondonInput(iso: string): string {
  const p = londonParts(new Date(iso));
  return `${p.year}-${pad(p.month!)}-${pad(p.day!)}T${pad(p.hour!)}:${pad(p.minute!)}`;
}

/** "2026-03-29": the London calendar day of an instant, for grouping. */
export const londonDay = (iso: string) => toLondonInput(iso).slice(0, 10);

const friendly = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
export const formatLondon = (iso: string) => friendly.format(new Date(iso));

const timeOnly = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
export const formatLondonTime = (iso: string) => timeOnly.format(new Date(iso));
