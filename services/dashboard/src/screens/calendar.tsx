// Scheduled posts by UK calendar day, a month at a time. On a phone only days with posts show.
import { useState } from 'react';
import { useDraftNotices } from '../api/live.tsx';
import { type Draft, loadDrafts, useLoad } from '../api/resources.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { StateBadge } from '../components/state-badge.tsx';
import { formatLondonTime, londonDay } from '../lib/london-time.ts';
import { Link, useScreenTitle } from '../router.tsx';

const hidden: Draft['state'][] = ['WITHDRAWN', 'REJECTED', 'TAKEN_DOWN'];
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayName = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

interface Month {
  year: number;
  month: number;
}

function daysOf({ year, month }: Month): { key: string; date: Date }[] {
  const count = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(year, month, i + 1));
    return { key: date.toISOString().slice(0, 10), date };
  });
}

export function CalendarScreen() {
  useScreenTitle('Calendar');
  const drafts = useLoad(loadDrafts, 'drafts');
  useDraftNotices(() => drafts.reload());
  const today = londonDay(new Date().toISOString());
  const [shown, setShown] = useState<Month>({
    year: Number(today.slice(0, 4)),
    month: Number(today.slice(5, 7)) - 1,
  });
  const byDay = new Map<string, Draft[]>();
  for (const d of drafts.value ?? []) {
    if (!d.scheduledAt || hidden.includes(d.state)) continue;
    const day = londonDay(d.scheduledAt);
    byDay.set(day, [...(byDay.get(day) ?? []), d]);
  }
  const days = daysOf(shown);
  const leading = ((days[0]!.date.getUTCDay() + 6) % 7) as number;
  const move = (by: number) =>
    setShown(({ year, month }) => {
      const next = new Date(Date.UTC(year, month + by, 1));
      return { year: next.getUTCFullYear(), month: next.getUTCMonth() };
    });
  const title = monthName.format(days[0]!.date);
  const postsThisMonth = days.reduce((n, day) => n + (byDay.get(day.key)?.length ?? 0), 0);

  return (
    <>
      <h1 tabIndex={-1}>Calendar</h1>
      <div className="month-bar">
        <button type="button" onClick={() => move(-1)}>
          ← Previous<span className="visually-hidden"> month</span>
        </button>
        <h2 aria-live="polite">{title}</h2>
        <button type="button" onClick={() => move(1)}>
          Next<span className="visually-hidden"> month</span> →
        </button>
      </div>
      <ErrorSummary message={drafts.error} />
      {drafts.value && postsThisMonth === 0 ? (
        <p className="empty">No posts are scheduled this month.</p>
      ) : null}
      <div className="calendar-head" aria-hidden="true">
        {weekdays.map((w) => (
          <span key={w}>{w}</span>
        ))}
      </div>
      <ol className="calendar">
        {Array.from({ length: leading }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: blank cells before the 1st have no identity.
          <li key={`blank-${i}`} className="blank" aria-hidden="true" />
        ))}
        {days.map((day) => {
          const posts = byDay.get(day.key) ?? [];
          return (
            <li
              key={day.key}
              className={`${posts.length ? 'has-posts' : ''} ${day.key === today ? 'today' : ''}`}
            >
              <h3 className="day">
                <span className="day-long">{dayName.format(day.date)}</span>
                <span className="day-short" aria-hidden="true">
                  {day.date.getUTCDate()}
                </span>
              </h3>
              {posts.length ? (
                <ul className="calendar-posts">
                  {posts.map((d) => (
                    <li key={d.id}>
                      <Link href={`/drafts/${d.id}`}>
                        {formatLondonTime(d.scheduledAt!)}{' '}
                        {d.text.length > 50 ? `${d.text.slice(0, 49)}…` : d.text}
                      </Link>{' '}
                      <StateBadge state={d.state} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
