import { type FormEvent, useEffect, useState } from 'react';
import { meSchema } from '../../../api/schemas.ts';
import { api, messageOf } from '../api/client.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { useScreenTitle } from '../router.tsx';
import type { Me } from '../session.tsx';
import { ForgottenPassword } from './email-link.tsx';

export function LoginScreen({
  onSignedIn,
  endedFor,
}: {
  onSignedIn: (me: Me) => void;
  /** The email of the person whose sign-in ended while a screen was open behind this one. */
  endedFor?: string;
}) {
  // Read before this screen retitles the page, so the screen behind gets its title back.
  const [titleBehind] = useState(() => document.title);
  useScreenTitle('Sign in');
  useEffect(() => {
    if (!endedFor) return;
    return () => {
      document.title = titleBehind;
      document.querySelector<HTMLElement>('main h1')?.focus();
    };
  }, [endedFor, titleBehind]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      onSignedIn(
        await api('POST', '/api/session', meSchema, {
          email: form.get('email'),
          password: form.get('password'),
        }),
      );
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  }
  return (
    <main id="main" className="login">
      <h1 tabIndex={-1}>Sign in to Gatepost</h1>
      {endedFor ? (
        <p className="notice" role="status">
          Your sign-in has ended. Sign in again to carry on: what you were writing is kept.
        </p>
      ) : (
        <p className="lead">Draft, check and approve posts for your school’s social media accounts.</p>
      )}
      <form onSubmit={signIn} noValidate>
        <ErrorSummary message={error} />
        <label htmlFor="email">School email address</label>
        <input
          id="email"
          name="email"
          type="email"
          className="wide-input"
          autoComplete="username"
          defaultValue={endedFor}
          required
        />
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          className="wide-input"
          autoComplete="current-password"
          required
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <ForgottenPassword />
    </main>
  );
}
