// The governors' report's figures (§12), added up from per-school rows. Pure: the same rows
// always give the same report, and a trust's figures are its schools' figures added together.

export const OUTCOME_ACTIONS = {
  published: 'draft.published',
  rejected: 'draft.reject',
  returned: 'draft.return',
  sentBackByChecks: 'draft.requireChanges',
  withdrawn: 'draft.withdraw',
  failed: 'draft.fail',
  takedownsRequested: 'draft.requestTakedown',
  takenDown: 'draft.takenDown',
} as const;

type Outcome = keyof typeof OUTCOME_ACTIONS;

export interface Figures {
  posts: Record<Exclude<Outcome, 'takedownsRequested' | 'takenDown'>, number>;
  findings: { category: string; clause: string; severity: string; count: number }[];
  /** Hours from (last) submission to approval, one per draft approved in the period. */
  approvalHours: number[];
  faces: { photos: number; blurred: number; kept: number };
  consent: { withdrawals: number; takedownsRequested: number; takenDown: number };
  repliesHidden: { label: string; count: number }[];
  escalations: {
    raised: number;
    acknowledged: number;
    outcomeRecorded: number;
    overdue: number;
    byRoute: Record<string, number>;
  };
  offenders: { authors: number; overThreshold: number; headteacherTold: number };
}

export const emptyFigures = (): Figures => ({
  posts: { published: 0, rejected: 0, returned: 0, sentBackByChecks: 0, withdrawn: 0, failed: 0 },
  findings: [],
  approvalHours: [],
  faces: { photos: 0, blurred: 0, kept: 0 },
  consent: { withdrawals: 0, takedownsRequested: 0, takenDown: 0 },
  repliesHidden: [],
  escalations: { raised: 0, acknowledged: 0, outcomeRecorded: 0, overdue: 0, byRoute: {} },
  offenders: { authors: 0, overThreshold: 0, headteacherTold: 0 },
});

export function recordOutcome(f: Figures, action: string, drafts: number): void {
  const outcome = (Object.keys(OUTCOME_ACTIONS) as Outcome[]).find((k) => OUTCOME_ACTIONS[k] === action);
  if (outcome === 'takedownsRequested' || outcome === 'takenDown') f.consent[outcome] += drafts;
  else if (outcome) f.posts[outcome] += drafts;
}

/** Per draft: the last submission before its last approval in the period. */
export function approvalHours(events: { draftId: string; action: string; at: Date }[]): Map<string, number> {
  const submitted = new Map<string, Date>();
  const hours = new Map<string, number>();
  for (const e of events) {
    if (e.action === 'draft.submit') submitted.set(e.draftId, e.at);
    else if (submitted.has(e.draftId))
      hours.set(e.draftId, (e.at.getTime() - submitted.get(e.draftId)!.getTime()) / 3600_000);
  }
  return hours;
}

const addCounts = <K extends string>(
  into: { count: number }[],
  rows: ({ count: number } & Record<K, string>)[],
  keys: K[],
) => {
  for (const row of rows) {
    const same = into.find((r) => keys.every((k) => (r as Record<K, unknown>)[k] === row[k]));
    if (same) same.count += row.count;
    else into.push({ ...row });
  }
};

export function addFindings(f: Figures, rows: Figures['findings']): void {
  addCounts(f.findings, rows, ['category', 'clause', 'severity']);
}

export function addHiddenReplies(f: Figures, rows: Figures['repliesHidden']): void {
  addCounts(f.repliesHidden, rows, ['label']);
}

/** A trust's figures: its schools' added together. */
export function sumFigures(all: Figures[]): Figures {
  const total = emptyFigures();
  for (const f of all) {
    for (const k of Object.keys(total.posts) as (keyof Figures['posts'])[]) total.posts[k] += f.posts[k];
    addFindings(total, f.findings);
    total.approvalHours.push(...f.approvalHours);
    for (const k of ['photos', 'blurred', 'kept'] as const) total.faces[k] += f.faces[k];
    for (const k of ['withdrawals', 'takedownsRequested', 'takenDown'] as const)
      total.consent[k] += f.consent[k];
    addHiddenReplies(total, f.repliesHidden);
    for (const k of ['raised', 'acknowledged', 'outcomeRecorded', 'overdue'] as const)
      total.escalations[k] += f.escalations[k];
    for (const [route, n] of Object.entries(f.escalations.byRoute))
      total.escalations.byRoute[route] = (total.escalations.byRoute[route] ?? 0) + n;
    for (const k of ['authors', 'overThreshold', 'headteacherTold'] as const)
      total.offenders[k] += f.offenders[k];
  }
  return total;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** What the report shows: the approval times summarised, lists in a stable order. */
export function published(f: Figures) {
  const hours = [...f.approvalHours].sort((a, b) => a - b);
  const mid = Math.floor(hours.length / 2);
  const median =
    hours.length === 0 ? null : hours.length % 2 ? hours[mid]! : (hours[mid - 1]! + hours[mid]!) / 2;
  const { approvalHours: _, ...rest } = f;
  return {
    ...rest,
    findings: [...f.findings].sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
    repliesHidden: [...f.repliesHidden].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    approvalTime: {
      approved: hours.length,
      medianHours: median === null ? null : round1(median),
      longestHours: hours.length ? round1(hours.at(-1)!) : null,
    },
  };
}

export type PublishedFigures = ReturnType<typeof published>;
