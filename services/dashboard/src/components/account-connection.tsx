// Connecting a school account to its platform (§2, the ICT technician's job): whether it is
// connected and until when, "Test connection", and the credentials form. The API checks the
// credentials with the platform before saving them and never shows them again.
import { type FormEvent, useState } from 'react';
import { z } from 'zod';
import { can } from '../../../domain/actor.ts';
import { api, messageOf } from '../api/client.ts';
import { type Account, handleOf, platformLabel, useLoad } from '../api/resources.ts';
import { useAction } from '../api/use-action.ts';
import { formatLondon, fromLondonInput } from '../lib/london-time.ts';
import { tokenExpiry } from '../lib/token-expiry.ts';
import { useSession } from '../session.tsx';
import { ErrorSummary } from './error-summary.tsx';
import { SubmitRow } from './submit-row.tsx';

// The shape GET /api/accounts/:id/connection answers with (declared beside that route).
const connectionSchema = z.object({
  connected: z.boolean(),
  connectedAt: z.string().nullable(),
  tokenExpiresAt: z.string().nullable(),
});
const testSchema = z.object({
  ok: z.boolean(),
  handle: z.string().optional(),
  reason: z.string().optional(),
});

type Connectable = Exclude<Account['platform'], 'sandbox'>;
interface Field {
  name: string;
  label: string;
  secret?: boolean;
}
// What each platform's adapter needs (see services/adapters/platforms/*); X uses OAuth 1.0a user keys.
const fieldsFor: Record<Connectable, Field[]> = {
  x: [
    { name: 'appKey', label: 'API key' },
    { name: 'appSecret', label: 'API key secret', secret: true },
    { name: 'accessToken', label: 'Access token' },
    { name: 'accessSecret', label: 'Access token secret', secret: true },
  ],
  facebook: [
    { name: 'pageId', label: 'Page ID' },
    { name: 'pageAccessToken', label: 'Page access token', secret: true },
  ],
  instagram: [
    { name: 'igUserId', label: 'Instagram user ID' },
    { name: 'accessToken', label: 'Access token', secret: true },
  ],
};

function CredentialsForm({
  account,
  connected,
  onSaved,
}: {
  account: Account;
  connected: boolean;
  onSaved(): void;
}) {
  const platform = account.platform as Connectable;
  const { busy, error, setError, run } = useAction();
  const prefix = `conn-${account.id}`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const credentials: Record<string, string> = platform === 'x' ? { kind: 'oauth1' } : {};
    for (const f of fieldsFor[platform]) credentials[f.name] = String(form.get(f.name) ?? '').trim();
    const missing = fieldsFor[platform].filter((f) => !credentials[f.name]).map((f) => f.label);
    if (missing.length) return setError(`Fill in: ${missing.join(', ')}.`);
    const until = String(form.get('expiresAt') ?? '');
    const expiresAt = until ? fromLondonInput(until) : undefined;
    if (until && !expiresAt) return setError('Give the expiry as a date and time, or leave it empty.');
    return run(async () => {
      await api('POST', `/api/accounts/${account.id}/credentials`, null, {
        credentials,
        ...(expiresAt ? { expiresAt: expiresAt.toISOString() } : {}),
      });
      element.reset();
      onSaved();
    });
  };
  return (
    <form className="connect-form" onSubmit={(e) => void submit(e)} noValidate>
      <h4>{connected ? 'Reconnect with new credentials' : 'Connect with credentials'}</h4>
      <p className="hint">
        Gatepost checks them with {platformLabel[platform]} before saving; they are never shown again.
      </p>
      {fieldsFor[platform].map((f) => (
        <div key={f.name}>
          <label htmlFor={`${prefix}-${f.name}`}>{f.label}</label>
          <input
            id={`${prefix}-${f.name}`}
            name={f.name}
            type={f.secret ? 'password' : 'text'}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      ))}
      <label htmlFor={`${prefix}-expires`}>Token expires (UK time, if the platform gave a date)</label>
      <input id={`${prefix}-expires`} name="expiresAt" type="datetime-local" />
      <SubmitRow busy={busy} label="Connect" busyLabel="Checking…" error={error} />
    </form>
  );
}

export function AccountConnection({ account }: { account: Account }) {
  const session = useSession();
  const path = `/api/accounts/${account.id}/connection`;
  const loaded = useLoad((signal) => api('GET', path, connectionSchema, undefined, signal), path);
  const [tested, setTested] = useState<{ ok: boolean; words: string }>();
  const [error, setError] = useState<string>();
  if (account.platform === 'sandbox' || !can(session.actor, 'manageAccounts', account.schoolId)) return null;
  const test = async () => {
    setTested(undefined);
    setError(undefined);
    try {
      const result = await api('POST', `/api/accounts/${account.id}/test`, testSchema);
      setTested(
        result.ok
          ? {
              ok: true,
              words: `The connection works: ${platformLabel[account.platform]} knows it as ${result.handle}.`,
            }
          : { ok: false, words: `The connection does not work: ${result.reason}` },
      );
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const connection = loaded.value;
  const expiry = connection?.connected ? tokenExpiry(connection.tokenExpiresAt) : undefined;
  return (
    <section className="connection" aria-label={`Connection of ${handleOf(account)}`}>
      <h3>Connection</h3>
      <ErrorSummary message={loaded.error ?? error} />
      {connection ? (
        connection.connected ? (
          <p>
            <span className="badge tone-good">Connected</span>{' '}
            {connection.connectedAt ? `since ${formatLondon(connection.connectedAt)}` : null}
          </p>
        ) : (
          <p>
            <span className="badge tone-bad">Not connected</span> Posts to this account fail until it is
            connected.
          </p>
        )
      ) : null}
      {expiry ? (
        <p className={`expiry tone-text-${expiry.tone}`}>
          {expiry.words}
          {connection?.tokenExpiresAt ? ` (${formatLondon(connection.tokenExpiresAt)})` : null}
        </p>
      ) : null}
      {connection?.connected ? (
        <div className="actions">
          <button type="button" onClick={() => void test()}>
            Test connection
          </button>
        </div>
      ) : null}
      <p role="status" className={tested ? (tested.ok ? 'done' : 'error-text') : 'visually-hidden'}>
        {tested?.words}
      </p>
      {can(session.actor, 'connectAccounts', account.schoolId) ? (
        <CredentialsForm
          account={account}
          connected={connection?.connected ?? false}
          onSaved={() => {
            setTested(undefined);
            loaded.reload();
          }}
        />
      ) : null}
    </section>
  );
}
