// "What changed since version N": an officer looking at a resubmitted post reads the words put
// in and taken out, and a line for each account, time and photo change, instead of re-reading
// the whole post. Nothing is shown for a first version.
import type { ReactNode } from 'react';
import {
  type DraftChangesView,
  draftVersionsSchema,
  type PhotoChangeView,
} from '../../../api/version-schemas.ts';
import { api } from '../api/client.ts';
import { type Account, accountLabel, type Draft, useLoad } from '../api/resources.ts';
import { formatLondon } from '../lib/london-time.ts';
import { sourceWords } from '../lib/photo.ts';

// Marked in words for screen readers and by underline/strike-through on screen, not by colour alone.
const Added = ({ children }: { children: ReactNode }) => (
  <ins>
    <span className="visually-hidden">(added) </span>
    {children}
  </ins>
);
const Removed = ({ children }: { children: ReactNode }) => (
  <del>
    <span className="visually-hidden">(removed) </span>
    {children}
  </del>
);

const quoted = (text: string) => (text ? `“${text}”` : 'none');
const when = (iso: string | null) => (iso ? `${formatLondon(iso)} (UK time)` : 'as soon as approved');
const sourceLabel = ({ source, note }: { source: string | null; note: string | null }) => {
  const words = source ? (sourceWords[source as keyof typeof sourceWords] ?? source) : 'not declared';
  return note ? `${words}: ${note}` : words;
};

function WasNow({ was, now }: { was: string; now: string }) {
  return (
    <>
      was <Removed>{was}</Removed>, now <Added>{now}</Added>
    </>
  );
}

function photoLine(change: PhotoChangeView): ReactNode {
  const photo = `Photo ${change.position}`;
  switch (change.change) {
    case 'added':
      return `${photo} added: ${quoted(change.altText)}`;
    case 'removed':
      return `${photo} removed (it was ${quoted(change.altText)})`;
    case 'replaced':
      return (
        <>
          {photo} replaced by a different photo:{' '}
          <WasNow was={quoted(change.before.altText)} now={quoted(change.after.altText)} />
        </>
      );
    case 'alt-text':
      return (
        <>
          {photo} description: <WasNow was={quoted(change.from)} now={quoted(change.to)} />
        </>
      );
    case 'source':
      return (
        <>
          {photo} comes from: <WasNow was={sourceLabel(change.from)} now={sourceLabel(change.to)} />
        </>
      );
  }
}

function ChangeLines({ changes, accounts }: { changes: DraftChangesView; accounts: Map<string, Account> }) {
  const label = (ids: string[]) => ids.map((id) => accountLabel(accounts.get(id))).join(', ');
  const lines: ReactNode[] = [];
  if (changes.accounts.added.length) lines.push(`Accounts added: ${label(changes.accounts.added)}`);
  if (changes.accounts.removed.length) lines.push(`Accounts removed: ${label(changes.accounts.removed)}`);
  if (changes.scheduledAt) {
    lines.push(
      <>
        Goes out: <WasNow was={when(changes.scheduledAt.from)} now={when(changes.scheduledAt.to)} />
      </>,
    );
  }
  lines.push(...changes.photos.map(photoLine));
  if (!lines.length) return null;
  return (
    <ul className="change-lines">
      {lines.map((line, i) => (
        // The lines are rebuilt together from one answer, so their order is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

export function VersionChanges({ draft, accounts }: { draft: Draft; accounts: Map<string, Account> }) {
  const loaded = useLoad(
    (signal) =>
      api(
        'GET',
        `/api/drafts/${encodeURIComponent(draft.id)}/versions`,
        draftVersionsSchema,
        undefined,
        signal,
      ),
    `${draft.id}:${draft.contentHash}:${draft.state}`,
  );
  const changes = loaded.value?.changesSinceLastVersion;
  if (!changes) return null;
  return (
    <section className="version-changes" aria-labelledby="version-changes-title">
      <h2 id="version-changes-title">What changed since version {changes.since}</h2>
      <p className="hint">
        {changes.current
          ? `This is version ${changes.current}.`
          : `Edited since version ${changes.since} and not submitted again yet.`}
        {changes.text ? ' Words put in are underlined; words taken out are struck through.' : ''}
      </p>
      {changes.unchanged ? <p>Nothing changed: the author submitted it again as it was.</p> : null}
      {changes.text ? (
        <p className="post-text text-changes">
          {changes.text.map((part, i) => {
            const key = `${i}-${part.kind}`;
            if (part.kind === 'inserted') return <Added key={key}>{part.text}</Added>;
            if (part.kind === 'removed') return <Removed key={key}>{part.text}</Removed>;
            return <span key={key}>{part.text}</span>;
          })}
        </p>
      ) : null}
      <ChangeLines changes={changes} accounts={accounts} />
    </section>
  );
}
