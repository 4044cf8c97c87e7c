// Schools schedule in UK wall-clock time; Gatepost stores instants (UTC). Twice a year the
// wall clock is not a function of the instant: in spring an hour never happens (01:00–01:59
// on the last Sunday of March) and in autumn one happens twice (01:00–01:59 on the last Sunday
// of October). Gatepost never guesses there: a time that does not exist is refused, and a time
// that happens twice must say which one ("01:30 BST" — the first, or "01:30 GMT" — the second).

const ZONE = 'Europe/London';
const HOUR_MS = 3600_000;

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "2026-10-25T01:30:00": the London wall-clock reading of an instant. */
export function londonWallClock(at: Date): string {
  const p = Object.fromEntries(wallClock.formatToParts(at).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** "2026-10-25T01:30 GMT": the wall-clock time with the UK clock it was on, for people to read. */
export function londonLabel(at: Date): string {
  const zone = instantOffsetHours(at) === 1 ? 'BST' : 'GMT';
  return `${londonWallClock(at).slice(0, 16)} ${zone}`;
}

function instantOffsetHours(at: Date): number {
  const reading = Date.parse(`${londonWallClock(at)}Z`);
  return Math.round((reading - Math.floor(at.getTime() / 1000) * 1000) / HOUR_MS);
}

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?(?:\s*(GMT|BST))?$/;

export type LondonTime = { ok: true; at: Date } | { ok: false; problem: string };

const utcLabel = (at: Date) => `${at.toISOString().slice(11, 16)} UTC`;

/** Reads "2026-10-25T01:30" (optionally "… BST"/"… GMT") as UK time. */
export function fromLondonTime(input: string): LondonTime {
  const match = LOCAL.exec(input.trim());
  if (!match) {
    return {
      ok: false,
      problem: 'must be a UK date and time like 2026-10-25T09:30 (optionally followed by BST or GMT)',
    };
  }
  const [, date, time, seconds = '00', clock] = match as unknown as [
    string,
    string,
    string,
    string?,
    string?,
  ];
  const wall = Date.parse(`${date}T${time}:${seconds}Z`);
  if (Number.isNaN(wall) || new Date(wall).toISOString().slice(0, 10) !== date) {
    return { ok: false, problem: `${date} is not a date on the calendar` };
  }
  const reading = `${date}T${time}:${seconds}`;
  // The same reading under GMT (UTC+0) and under BST (UTC+1); keep those London really shows.
  const candidates = [
    { clock: 'BST', at: new Date(wall - HOUR_MS) },
    { clock: 'GMT', at: new Date(wall) },
  ].filter((c) => londonWallClock(c.at) === reading);
  const shown = `${date} ${time}`;
  if (candidates.length === 0) {
    return {
      ok: false,
      problem: `${shown} does not exist in UK time: that night the clocks go forward from 01:00 GMT to 02:00 BST. Choose a time before 01:00 or from 02:00`,
    };
  }
  if (clock) {
    const chosen = candidates.find((c) => c.clock === clock);
    if (chosen) return { ok: true, at: chosen.at };
    return { ok: false, problem: `${shown} is ${candidates[0]!.clock} in the UK, not ${clock}` };
  }
  if (candidates.length === 2) {
    const [first, second] = [candidates[0]!, candidates[1]!];
    return {
      ok: false,
      problem: `${shown} happens twice in UK time that night (the clocks go back from 02:00 BST to 01:00 GMT). Say which: "${date}T${time} BST" for the first (${utcLabel(first.at)}) or "${date}T${time} GMT" for the second (${utcLabel(second.at)})`,
    };
  }
  return { ok: true, at: candidates[0]!.at };
}
