// The audit trail as a CSV file for governors. Spreadsheets run a cell starting with = + - @
// (or a tab/carriage return) as a formula, so such cells are prefixed with an apostrophe: an
// event's text, written by anyone, must never execute on a governor's computer.

export interface CsvAuditEvent {
  seq: bigint;
  at: Date;
  schoolId: string | null;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data: unknown;
  hash: string;
}

const header = [
  'seq',
  'at',
  'school',
  'actor',
  'actor_email',
  'action',
  'subject_type',
  'subject_id',
  'details',
  'hash',
];

export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function quote(cell: string): string {
  const safe = neutralise(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function auditCsv(
  events: CsvAuditEvent[],
  names: { schools: Map<string, string>; people: Map<string, { name: string; email: string }> },
): string {
  const rows = events.map((e) => {
    const actor = e.actorId ? names.people.get(e.actorId) : undefined;
    return [
      e.seq.toString(),
      e.at.toISOString(),
      e.schoolId ? (names.schools.get(e.schoolId) ?? e.schoolId) : '',
      actor?.name ?? (e.actorId ? e.actorId : 'Gatepost'),
      actor?.email ?? '',
      e.action,
      e.subjectType,
      e.subjectId,
      JSON.stringify(e.data ?? {}),
      e.hash,
    ];
  });
  return `${[header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
