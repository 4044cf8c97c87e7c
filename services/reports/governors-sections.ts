// The governors' report in words: each figure of a school or trust under its section, named as a
// governor would read it. One list drives the CSV, the printable page, the PDF and the
// dashboard's charts, so every form of the report says the same thing in the same order.
// Pure and free of Node, so the dashboard imports it too.
import type { PublishedFigures } from './governors-figures.ts';

export interface ReportItem {
  label: string;
  /** Null when there is nothing to measure (no post was approved in the period). */
  value: number | null;
  /** Shown in the section's table but left out of its chart (a count among hours). */
  notCharted?: true;
}

export interface ReportSection {
  title: string;
  /** What the chart's bars measure. */
  unit:
    | 'posts'
    | 'findings'
    | 'hours'
    | 'photos and faces'
    | 'requests'
    | 'replies'
    | 'escalations'
    | 'authors';
  items: ReportItem[];
}

const postWords = {
  published: 'Published',
  rejected: 'Rejected',
  returned: 'Returned to the author',
  sentBackByChecks: 'Sent back by checks',
  withdrawn: 'Withdrawn',
  failed: 'Failed to publish',
} as const;

const faceWords = {
  photos: 'Photos uploaded',
  blurred: 'Faces blurred',
  kept: 'Faces shown with consent',
} as const;

const consentWords = {
  withdrawals: 'Consent withdrawals',
  takedownsRequested: 'Takedowns requested',
  takenDown: 'Posts taken down',
} as const;

const offenderWords = {
  authors: 'Authors of labelled replies',
  overThreshold: 'At or over the school’s threshold',
  headteacherTold: 'Headteacher told',
} as const;

const routeWords: Record<string, string> = {
  DSL: 'To the DSL',
  CHAIR: 'To the chair of trustees',
  HEADTEACHER: 'To the headteacher',
};

/** A section of fixed figures, each named by its words, in the words' order. */
function counted<K extends string>(
  title: string,
  unit: ReportSection['unit'],
  figures: Record<K, number>,
  words: Record<K, string>,
): ReportSection {
  return {
    title,
    unit,
    items: (Object.entries(words) as [K, string][]).map(([k, label]) => ({ label, value: figures[k] })),
  };
}

export function reportSections(s: PublishedFigures): ReportSection[] {
  return [
    counted('Posts by outcome', 'posts', s.posts, postWords),
    {
      title: 'Findings by category and clause',
      unit: 'findings',
      items: s.findings.map((f) => ({
        label: `${f.category} (${f.clause}, ${f.severity === 'BLOCK' ? 'blocking' : 'warning'})`,
        value: f.count,
      })),
    },
    {
      title: 'Time from submission to approval',
      unit: 'hours',
      items: [
        { label: 'Posts approved', value: s.approvalTime.approved, notCharted: true },
        { label: 'Median hours', value: s.approvalTime.medianHours },
        { label: 'Longest hours', value: s.approvalTime.longestHours },
      ],
    },
    counted('Photos', 'photos and faces', s.faces, faceWords),
    counted('Consent', 'requests', s.consent, consentWords),
    {
      title: 'Replies hidden by label',
      unit: 'replies',
      items: s.repliesHidden.map((r) => ({ label: r.label, value: r.count })),
    },
    {
      title: 'Escalations',
      unit: 'escalations',
      items: [
        { label: 'Raised', value: s.escalations.raised },
        ...Object.entries(s.escalations.byRoute).map(([route, n]) => ({
          label: routeWords[route] ?? `To ${route.toLowerCase()}`,
          value: n,
        })),
        { label: 'Acknowledged', value: s.escalations.acknowledged },
        { label: 'Outcome recorded', value: s.escalations.outcomeRecorded },
        { label: 'Overdue, not acknowledged', value: s.escalations.overdue },
      ],
    },
    counted('Repeat offenders', 'authors', s.offenders, offenderWords),
  ];
}

/** The bars a section's chart draws: its measured items, each as a share of the largest. */
export function chartBars(section: ReportSection): { label: string; value: number; share: number }[] {
  const bars = section.items.filter(
    (i): i is ReportItem & { value: number } => !i.notCharted && i.value !== null,
  );
  const most = Math.max(0, ...bars.map((b) => b.value));
  return bars.map((b) => ({ label: b.label, value: b.value, share: most ? b.value / most : 0 }));
}

/** A figure as a reader sees it: a missing measure says why rather than showing a blank. */
export const figureText = (item: ReportItem): string =>
  item.value === null ? 'none approved' : String(item.value);

const ukDay = (at: Date) => at.toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' });

/** The period as governors say it: its first and last UK days (the end itself is exclusive). */
export const reportPeriod = (period: { from: string; to: string }): string =>
  `${ukDay(new Date(period.from))} to ${ukDay(new Date(Date.parse(period.to) - 1))}`;

export const reportTitle = (period: { from: string; to: string }): string =>
  `Social media monitoring report, ${reportPeriod(period)}`;
