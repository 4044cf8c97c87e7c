// Signed in or not, then which screen: the whole dashboard's shape in one place.
import { useCallback, useEffect, useState } from 'react';
import { meSchema } from '../../api/schemas.ts';
import { api, whenSignedOut } from './api/client.ts';
import { LiveProvider } from './api/live.tsx';
import { Layout } from './components/layout.tsx';
import { isAdopted, match, mayLeave, navigate, useLocation } from './router.tsx';
import { AbuseLogScreen } from './screens/abuse-log.tsx';
import { AccountsScreen } from './screens/accounts.tsx';
import { AuditScreen } from './screens/audit.tsx';
import { CalendarScreen } from './screens/calendar.tsx';
import { ConsentScreen } from './screens/consent.tsx';
import { DraftScreen } from './screens/draft.tsx';
import { DraftEditor } from './screens/draft-editor.tsx';
import { AcceptInvitationScreen, ResetPasswordScreen } from './screens/email-link.tsx';
import { EscalationsScreen } from './screens/escalations.tsx';
import { FollowersScreen } from './screens/followers.tsx';
import { FormsScreen } from './screens/forms.tsx';
import { GovernorsReportScreen } from './screens/governors-report.tsx';
import { LoginScreen } from './screens/login.tsx';
import { NotFoundScreen } from './screens/not-found.tsx';
import { OffendersScreen } from './screens/offenders.tsx';
import { PublicationsScreen } from './screens/publications.tsx';
import { QueueBoard } from './screens/queue-board.tsx';
import { RepliesScreen } from './screens/replies.tsx';
import { SandboxScreen } from './screens/sandbox.tsx';
import { TermsOfUseScreen } from './screens/terms-of-use.tsx';
import { type Me, SessionProvider, sessionOf } from './session.tsx';

function Screen() {
  const location = useLocation();
  const path = location.split('?')[0]!;
  if (path === '/') return <QueueBoard />;
  // A new post keeps its editor when its first photo saves it at its own address.
  if (path === '/drafts/new' || isAdopted(path)) return <DraftEditor key="new" />;
  if (path === '/calendar') return <CalendarScreen />;
  if (path === '/publications') return <PublicationsScreen />;
  if (path === '/audit') return <AuditScreen />;
  if (path === '/accounts') return <AccountsScreen />;
  if (path === '/consent') return <ConsentScreen />;
  if (path === '/replies') return <RepliesScreen />;
  if (path === '/abuse-log') return <AbuseLogScreen />;
  if (path === '/offenders') return <OffendersScreen />;
  if (path === '/followers') return <FollowersScreen />;
  if (path === '/escalations') return <EscalationsScreen />;
  if (path === '/forms') return <FormsScreen />;
  if (path === '/terms-of-use') return <TermsOfUseScreen />;
  if (path === '/governors-report') return <GovernorsReportScreen />;
  const edit = match('/drafts/:id/edit', path);
  if (edit) return <DraftEditor key={edit.id} draftId={edit.id} />;
  const escalation = match('/escalations/:id', path);
  if (escalation) return <EscalationsScreen focusId={escalation.id} />;
  const sandbox = match('/sandbox/:accountId', path);
  if (sandbox) return <SandboxScreen key={sandbox.accountId} accountId={sandbox.accountId!} />;
  const draft = match('/drafts/:id', path);
  if (draft) return <DraftScreen key={draft.id} draftId={draft.id!} />;
  return <NotFoundScreen />;
}

export function App() {
  const location = useLocation();
  const [me, setMe] = useState<Me | null>();
  // The sign-in ended (its hours ran out, or it was signed out in another tab) while a screen was
  // open: the screen stays mounted but hidden under the sign-in form, so a half-written post
  // is still there when the same person signs in again.
  const [ended, setEnded] = useState(false);
  const [signIns, setSignIns] = useState(0);
  useEffect(() => {
    whenSignedOut(() => setEnded(true));
    api('GET', '/api/me', meSchema).then(setMe, () => setMe(null));
  }, []);
  const signedIn = useCallback((next: Me) => {
    setEnded(false);
    setSignIns((n) => n + 1);
    setMe(next);
  }, []);
  const signOut = useCallback(async () => {
    if (!mayLeave()) return;
    await api('DELETE', '/api/session', null).catch(() => undefined);
    setEnded(false);
    setMe(null);
    navigate('/', { saved: true });
  }, []);
  // A link from an invitation or reset email opens its own page, signed in or not.
  const path = location.split('?')[0]!;
  if (path === '/accept-invitation') return <AcceptInvitationScreen onSignedIn={signedIn} />;
  if (path === '/reset-password') return <ResetPasswordScreen />;
  if (me === undefined) return <p className="loading">Loading Gatepost…</p>;
  if (me === null) return <LoginScreen onSignedIn={signedIn} />;
  return (
    <>
      {ended ? <LoginScreen onSignedIn={signedIn} endedFor={me.email} /> : null}
      {/* Keyed by person: someone else signing in on this screen never sees the last one's work. */}
      <div key={me.id} hidden={ended} className="signed-in">
        <SessionProvider value={sessionOf(me, signOut)}>
          <LiveProvider signIns={signIns}>
            <Layout>
              <Screen />
            </Layout>
          </LiveProvider>
        </SessionProvider>
      </div>
    </>
  );
}
