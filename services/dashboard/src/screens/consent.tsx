// The consent register: find a pupil by name, UPN or year and see what they may appear in;
// withdraw consent when a parent asks; import the MIS export with a check first.
import { useState } from 'react';
import { can } from '../../../domain/actor.ts';
import { api, messageOf } from '../api/client.ts';
import {
  type Consent,
  consentPurposes,
  effectsSummary,
  loadPupils,
  matchesPupil,
  type Pupil,
  pupilName,
  purposeLabel,
  withdrawResultSchema,
} from '../api/pupils.ts';
import { useLoad } from '../api/resources.ts';
import { ConsentImport } from '../components/consent-import.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { useScreenTitle } from '../router.tsx';
import { useSession } from '../session.tsx';

const MAX_ROWS = 100;
const ukDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const day = (iso: string | null) => (iso ? ukDay.format(new Date(iso)) : '');

function ConsentCell({ consent }: { consent: Consent | undefined }) {
  if (!consent || consent.status === 'not_granted') return <span className="consent-no">Not given</span>;
  const where = consent.platforms === 'all' ? '' : ` (${consent.platforms.join(', ')} only)`;
  const text = {
    granted: `Given${where}${consent.expiresAt ? `, until ${day(consent.expiresAt)}` : ''}`,
    not_yet_granted: `From ${day(consent.grantedAt)}${where}`,
    withdrawn: `Withdrawn ${day(consent.withdrawnAt)}`,
    expired: `Expired ${day(consent.expiresAt)}`,
  }[consent.status];
  return <span className={consent.status === 'granted' ? 'consent-yes' : 'consent-no'}>{text}</span>;
}

function Withdraw({ pupil, onDone }: { pupil: Pupil; onDone(message: string): void }) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string>();
  const name = pupilName(pupil);
  if (!asking) {
    return (
      <button type="button" className="quiet" onClick={() => setAsking(true)}>
        Withdraw…<span className="visually-hidden"> consent for {name}</span>
      </button>
    );
  }
  const withdraw = async () => {
    setError(undefined);
    try {
      const result = await api('POST', '/api/consent/withdraw', withdrawResultSchema, {
        schoolId: pupil.schoolId,
        upn: pupil.upn,
      });
      onDone(`Consent withdrawn for ${name}. ${effectsSummary(result)}`);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <div className="withdraw-confirm">
      <ErrorSummary message={error} />
      <button type="button" className="danger" onClick={() => void withdraw()}>
        Withdraw all consent for {name}
      </button>
      <button type="button" className="quiet" onClick={() => setAsking(false)}>
        Keep
      </button>
    </div>
  );
}

export function ConsentScreen() {
  useScreenTitle('Consent register');
  const session = useSession();
  const pupils = useLoad(loadPupils, 'pupils');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const mayChange = (schoolId: string) => can(session.actor, 'importConsent', schoolId);
  const found = (pupils.value ?? []).filter((p) => matchesPupil(p, query));
  const changed = (message: string) => {
    setStatus(message);
    pupils.reload();
  };

  return (
    <>
      <h1 tabIndex={-1}>Consent register</h1>
      <p className="lead">
        Who may appear in posts, and how. Faces of pupils without photo consent are always blurred; their full
        names are never posted with a photo.
      </p>
      <ErrorSummary message={pupils.error} />
      <p role="status" className={status ? 'done' : 'visually-hidden'}>
        {status}
      </p>
      <div className="field consent-search">
        <label htmlFor="pupil-search">Find a pupil by name, UPN or year</label>
        <input
          id="pupil-search"
          type="search"
          autoComplete="off"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <p aria-live="polite">
        {pupils.value
          ? `${found.length} ${found.length === 1 ? 'pupil' : 'pupils'}${found.length > MAX_ROWS ? `; the first ${MAX_ROWS} shown, search to narrow it` : ''}.`
          : 'Loading the register…'}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1). */}
      <section className="table-wrap" tabIndex={0} aria-label="Pupils and their consent">
        <table className="audit-table consent-table">
          <thead>
            <tr>
              <th scope="col">Pupil</th>
              <th scope="col">Year</th>
              {consentPurposes.map((purpose) => (
                <th key={purpose} scope="col">
                  {purposeLabel[purpose]}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {found.slice(0, MAX_ROWS).map((p) => (
              <tr key={p.id}>
                <th scope="row" data-label="Pupil">
                  {pupilName(p)} <span className="muted upn">{p.upn}</span>
                  {p.leftAt ? <span className="muted"> · left {day(p.leftAt)}</span> : null}
                </th>
                <td data-label="Year">{p.yearGroup}</td>
                {consentPurposes.map((purpose) => (
                  <td key={purpose} data-label={purposeLabel[purpose]}>
                    <ConsentCell consent={p.consents.find((c) => c.purpose === purpose)} />
                  </td>
                ))}
                <td data-label="Actions">
                  {mayChange(p.schoolId) && p.consents.some((c) => c.status === 'granted') ? (
                    <Withdraw key={p.consents.map((c) => c.status).join()} pupil={p} onDone={changed} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {session.may('importConsent') ? <ConsentImport onImported={pupils.reload} /> : null}
    </>
  );
}
