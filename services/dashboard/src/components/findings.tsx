// Findings as a teacher reads them: the text with each problem marked where it is, and a list
// saying which policy clause it breaks, why, and what to write instead.
import type { Finding } from '../api/resources.ts';
import { runsOf } from '../lib/highlight.ts';

export const severityLabel = { block: 'Must fix', warn: 'Check' } as const;

/** The text with findings marked; also the backdrop behind the editor's textarea. */
export function MarkedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  return (
    <>
      {runsOf(text, findings).map((run) =>
        run.severity ? (
          <mark key={run.start} className={`finding-${run.severity}`}>
            {run.text}
          </mark>
        ) : (
          <span key={run.start}>{run.text}</span>
        ),
      )}
      {/* A trailing newline in a textarea makes an empty last line the backdrop must match. */}
      {text.endsWith('\n') ? ' ' : null}
    </>
  );
}

export function FindingList({
  findings,
  text,
  onShow,
}: {
  findings: readonly Finding[];
  text: string;
  onShow?: (finding: Finding) => void;
}) {
  // Both screens say "No problems found." in the summary above the list.
  if (findings.length === 0) return null;
  const ordered = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1,
  );
  return (
    <ul className="finding-list">
      {ordered.map((f) => (
        <li
          key={`${f.ruleId}-${f.span?.join('-') ?? ''}-${f.message}`}
          className={`finding finding-card-${f.severity}`}
        >
          <p className="finding-head">
            <span className={`severity severity-${f.severity}`}>{severityLabel[f.severity]}</span>
            <span className="clause">Policy {f.clause}</span>
            {f.span ? <q className="finding-quote">{text.slice(f.span[0], f.span[1])}</q> : null}
          </p>
          <p>{f.message}</p>
          {f.suggestion ? (
            <p className="suggestion">
              <strong>Try:</strong> {f.suggestion}
            </p>
          ) : null}
          {f.span && onShow ? (
            <button type="button" className="link-button" onClick={() => onShow(f)}>
              Show in the text
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function findingSummary(findings: readonly Finding[]): string {
  const blocks = findings.filter((f) => f.severity === 'block').length;
  const warns = findings.length - blocks;
  if (!findings.length) return 'No problems found.';
  const parts = [
    blocks ? `${blocks} ${blocks === 1 ? 'thing' : 'things'} to fix` : '',
    warns ? `${warns} to check` : '',
  ].filter(Boolean);
  return `${parts.join(', ')}.`;
}
