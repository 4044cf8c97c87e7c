// The governors' report (§12 monitoring and review) for the marketing officer, headteacher and
// trust admin: choose a period (UK days; the last three months unless the address says
// otherwise), see each school's or trust's figures as charts, and take the PDF or CSV away.
import { type FormEvent, useEffect, useState } from 'react';
import { type GovernorsReportJson, governorsReportSchema } from '../../../api/report-schemas.ts';
import { reportPeriod, reportSections } from '../../../reports/governors-sections.ts';
import { api } from '../api/client.ts';
import { useLoad } from '../api/resources.ts';
import { ReportSectionCard } from '../components/bar-chart.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { londonDay } from '../lib/london-time.ts';
import { navigate, useLocation, useScreenTitle } from '../router.tsx';

interface Period {
  from: string;
  to: string;
}

const PATH = '/governors-report';

/** Today and the same day three months before, as UK calendar days. */
function lastThreeMonths(): Period {
  const to = londonDay(new Date().toISOString());
  const [y, m, d] = to.split('-').map(Number) as [number, number, number];
  return { from: new Date(Date.UTC(y, m - 4, d)).toISOString().slice(0, 10), to };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function periodOf(search: string): Period {
  const q = new URLSearchParams(search);
  const [from, to] = [q.get('from') ?? '', q.get('to') ?? ''];
  return DAY.test(from) && DAY.test(to) ? { from, to } : lastThreeMonths();
}

type Scope = {
  key: string;
  label: string;
  figures: GovernorsReportJson['schools'][number] | GovernorsReportJson['trusts'][number];
};

/** Trusts first when someone oversees more than one school: the trust is then the headline. */
function scopesOf(report: GovernorsReportJson): Scope[] {
  const schools = report.schools.map((s) => ({ key: `school:${s.schoolId}`, label: s.name, figures: s }));
  const trusts = report.trusts.map((t) => ({
    key: `trust:${t.trustId}`,
    label: `${t.name} (trust, ${t.schoolIds.length} ${t.schoolIds.length === 1 ? 'school' : 'schools'})`,
    figures: t,
  }));
  return report.schools.length > 1 ? [...trusts, ...schools] : [...schools, ...trusts];
}

export function GovernorsReportScreen() {
  useScreenTitle('Governors’ report');
  const location = useLocation();
  const period = periodOf(location.split('?')[1] ?? '');
  const query = new URLSearchParams({ from: period.from, to: period.to }).toString();
  const [asked, setAsked] = useState<Period>(period);
  // Back and forward change the address: the fields follow the period shown.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `query` is the period, written out.
  useEffect(() => setAsked(period), [query]);
  const [scopeKey, setScopeKey] = useState<string>();
  const report = useLoad(
    (signal) => api('GET', `/api/reports/governors?${query}`, governorsReportSchema, undefined, signal),
    query,
  );
  const scopes = report.value ? scopesOf(report.value) : [];
  const scope = scopes.find((s) => s.key === scopeKey) ?? scopes[0];

  const show = (event: FormEvent) => {
    event.preventDefault();
    navigate(`${PATH}?${new URLSearchParams({ from: asked.from, to: asked.to })}`);
  };
  const dateField = (name: keyof Period, label: string) => (
    <div className="field">
      <label htmlFor={`report-${name}`}>{label}</label>
      <input
        id={`report-${name}`}
        type="date"
        required
        value={asked[name]}
        onChange={(e) => setAsked((p) => ({ ...p, [name]: e.target.value }))}
      />
    </div>
  );
  return (
    <>
      <h1 tabIndex={-1}>Governors’ report</h1>
      <p className="lead">
        Monitoring and review (§12) for the governing board: counts only, never a post, reply or safeguarding
        detail.
      </p>
      <form className="filters" onSubmit={show} aria-label="Choose the report’s period">
        {dateField('from', 'From (UK date)')}
        {dateField('to', 'To (UK date, included)')}
        <div className="field actions-field">
          <button type="submit" className="primary">
            Show
          </button>
          <a className="button" href={`/api/reports/governors.pdf?${query}`} download>
            Download PDF
          </a>
          <a className="button" href={`/api/reports/governors.csv?${query}`} download>
            Download CSV
          </a>
        </div>
      </form>
      <ErrorSummary message={report.error} />
      {!report.value ? <p aria-live="polite">{report.error ? '' : 'Loading…'}</p> : null}
      {report.value && scope ? (
        <>
          <div className="report-head">
            <h2>{reportPeriod(report.value)}</h2>
            <div className="field">
              <label htmlFor="report-scope">Figures for</label>
              <select id="report-scope" value={scope.key} onChange={(e) => setScopeKey(e.target.value)}>
                {scopes.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="report-grid">
            {reportSections(scope.figures).map((section) => (
              <ReportSectionCard key={section.title} section={section} />
            ))}
          </div>
        </>
      ) : null}
    </>
  );
}
