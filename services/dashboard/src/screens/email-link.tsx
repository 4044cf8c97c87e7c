// The pages Gatepost's emails link to: joining the school from an invitation, and choosing a new
// password after asking for a reset. The token rides in the link's #fragment (never sent to the
// server in a request line or a Referer); it is read once and taken out of the address bar.
import { type FormEvent, useEffect, useState } from 'react';
import { messageSchema } from '../../../api/governance-schemas.ts';
import { meSchema } from '../../../api/schemas.ts';
import { api } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Link, navigate, useScreenTitle } from '../router.tsx';
import type { Me } from '../session.tsx';

function useLinkToken(): string {
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '');
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, []);
  return token;
}

const PASSWORD_HINT =
  'At least 10 characters: three random words are easy to remember and hard to guess. Leave your name out.';

function NewPassword() {
  return (
    <>
      <label htmlFor="new-password">Choose a password</label>
      <p id="new-password-hint" className="hint">
        {PASSWORD_HINT}
      </p>
      <input
        id="new-password"
        name="password"
        type="password"
        className="wide-input"
        autoComplete="new-password"
        aria-describedby="new-password-hint"
        required
      />
    </>
  );
}

/** A form's submit handler: its answers go to `work`, with busy and errors kept by `run`. */
const submitting =
  (run: (work: () => Promise<void>) => Promise<void>, work: (answers: FormData) => Promise<void>) =>
  (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const answers = new FormData(event.currentTarget);
    void run(() => work(answers));
  };

const noToken = 'This link is incomplete. Open it again from the email, or ask for a new one.';

export function AcceptInvitationScreen({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  useScreenTitle('Join Gatepost');
  const token = useLinkToken();
  const { busy, error, run } = useAction();
  const accept = submitting(run, async (form) => {
    const me = await api('POST', '/api/invitations/accept', meSchema, {
      token,
      name: form.get('name'),
      password: form.get('password'),
    });
    navigate('/');
    onSignedIn(me);
  });
  return (
    <main id="main" className="login">
      <h1 tabIndex={-1}>Join Gatepost</h1>
      <p className="lead">
        You have been invited to draft, check or approve posts for your school’s social media accounts.
      </p>
      <form onSubmit={accept} noValidate>
        <ErrorSummary message={token ? error : noToken} />
        <label htmlFor="name">Your name</label>
        <p id="name-hint" className="hint">
          As colleagues know it: it is shown beside your posts and decisions.
        </p>
        <input
          id="name"
          name="name"
          type="text"
          className="wide-input"
          autoComplete="name"
          aria-describedby="name-hint"
          required
        />
        <NewPassword />
        <button type="submit" className="primary" disabled={busy || !token}>
          {busy ? 'Joining…' : 'Join and sign in'}
        </button>
      </form>
    </main>
  );
}

export function ResetPasswordScreen() {
  useScreenTitle('Choose a new password');
  const token = useLinkToken();
  const [done, setDone] = useState<string>();
  const { busy, error, run } = useAction();
  const reset = submitting(run, async (form) => {
    const answer = await api('POST', '/api/password-reset/complete', messageSchema, {
      token,
      password: form.get('password'),
    });
    setDone(answer.message);
  });
  return (
    <main id="main" className="login">
      <h1 tabIndex={-1}>Choose a new password</h1>
      {done ? (
        <>
          <p role="status" className="done">
            {done}
          </p>
          <p>
            <Link href="/">Go to sign in</Link>
          </p>
        </>
      ) : (
        <form onSubmit={reset} noValidate>
          <ErrorSummary message={token ? error : noToken} />
          <NewPassword />
          <button type="submit" className="primary" disabled={busy || !token}>
            {busy ? 'Saving…' : 'Save the new password'}
          </button>
        </form>
      )}
    </main>
  );
}

/** "Forgotten your password?" under the sign-in form: asks for the emailed link. */
export function ForgottenPassword() {
  const [open, setOpen] = useState(false);
  const [answer, setAnswer] = useState<string>();
  const { busy, error, run } = useAction();
  const ask = submitting(run, async (form) => {
    const sent = await api('POST', '/api/password-reset', messageSchema, { email: form.get('email') });
    setAnswer(sent.message);
  });
  return (
    <div className="forgotten">
      <button type="button" className="link-like" aria-expanded={open} onClick={() => setOpen(!open)}>
        Forgotten your password?
      </button>
      {open ? (
        answer ? (
          <p role="status" className="done">
            {answer}
          </p>
        ) : (
          <form onSubmit={ask} noValidate>
            <ErrorSummary message={error} />
            <label htmlFor="reset-email">School email address</label>
            <p id="reset-email-hint" className="hint">
              We will email you a link to choose a new password.
            </p>
            <input
              id="reset-email"
              name="email"
              type="email"
              className="wide-input"
              autoComplete="username"
              aria-describedby="reset-email-hint"
              required
            />
            <button type="submit" disabled={busy}>
              {busy ? 'Sending…' : 'Email me a link'}
            </button>
          </form>
        )
      ) : null}
    </div>
  );
}
