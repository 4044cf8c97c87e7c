// §3: the headteacher (or a trust admin) brings a colleague into Gatepost by email. Only the roles
// the inviter may give are offered, in the school's words; the API decides all the same.
import { type FormEvent, useState } from 'react';
import { invitationSchema } from '../../../api/governance-schemas.ts';
import { mayGiveRole, schoolsWhere } from '../../../domain/actor.ts';
import type { Role } from '../../../generated/prisma/enums.ts';
import { api } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { formatLondon } from '../lib/london-time.ts';
import { useSession } from '../session.tsx';
import { answersTo, ColleagueEmail, noColleagueEmail } from './colleague-fields.tsx';
import { SubmitRow } from './submit-row.tsx';

const roleWords: [Role, string][] = [
  ['STAFF', 'Staff (writes posts)'],
  ['MARKETING_OFFICER', 'Marketing officer (reviews posts and replies)'],
  ['DSL', 'DSL (designated safeguarding lead)'],
  ['ICT_TECHNICIAN', 'ICT technician (connects the accounts)'],
  ['HEADTEACHER', 'Headteacher'],
  ['TRUST_ADMIN', 'Trust admin (across the trust)'],
];

const noRole = 'Choose the role they will have at the school.';

export function InviteColleague() {
  const session = useSession();
  const schools = schoolsWhere(session.actor, 'authoriseStaff');
  const [schoolId, setSchoolId] = useState(schools[0] ?? '');
  const { busy, error, setError, run } = useAction();
  const [done, setDone] = useState('');
  if (!schools.length) return null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone('');
    const element = event.currentTarget;
    const read = answersTo(element, { email: noColleagueEmail, role: noRole });
    if ('missing' in read) return setError(read.missing);
    const { email, role } = read.answers;
    return run(async () => {
      const sent = await api('POST', '/api/invitations', invitationSchema, { email, role, schoolId });
      // Ready for the next colleague, at the same school.
      for (const field of ['email', 'role'])
        (element.elements.namedItem(field) as HTMLInputElement | HTMLSelectElement).value = '';
      setDone(
        `An invitation is on its way to ${sent.email}. The link in it works once, until ${formatLondon(sent.expiresAt)}.` +
          (sent.sentBy === 'smtp'
            ? ''
            : ' Until email is set up for Gatepost it waits in the outbox/ folder of Gatepost’s data directory, so ask whoever runs Gatepost to pass it on.'),
      );
    });
  };
  return (
    <section className="card invite">
      <h2 id="invite-title" className="card-title">
        Invite a colleague
      </h2>
      <form
        className="connect-form"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-labelledby="invite-title"
      >
        <p className="hint">
          They get an email with a link to choose a password. Once they have joined as staff, authorise them
          to post to an account below.
        </p>
        <ColleagueEmail id="invite-email" />
        <label htmlFor="invite-role">Their role</label>
        <select id="invite-role" name="role" defaultValue="">
          <option value="">Choose a role</option>
          {roleWords
            .filter(([role]) => mayGiveRole(session.actor, role, schoolId))
            .map(([role, words]) => (
              <option key={role} value={role}>
                {words}
              </option>
            ))}
        </select>
        {schools.length > 1 ? (
          <>
            <label htmlFor="invite-school">School</label>
            <select
              id="invite-school"
              name="schoolId"
              value={schoolId}
              onChange={(e) => setSchoolId(e.currentTarget.value)}
            >
              {schools.map((id) => (
                <option key={id} value={id}>
                  {session.schoolName(id)}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <SubmitRow busy={busy} label="Send the invitation" busyLabel="Sending…" error={error} done={done} />
      </form>
    </section>
  );
}
