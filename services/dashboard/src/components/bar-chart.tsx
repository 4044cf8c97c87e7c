// One section of the governors' report: a horizontal bar chart with the same figures in a table
// beside it. Drawn as plain SVG because the dashboard's CSP forbids inline style attributes
// (chart libraries size their boxes with them) and a few bars need no library; SVG
// presentation attributes and the stylesheet's classes are allowed.
import { useId } from 'react';
import { chartBars, figureText, type ReportSection } from '../../../reports/governors-sections.ts';

const ROW = 34;
/** The longest bar's share of the width, leaving room for its figure. */
const REACH = 88;

/**
 * Lengths in percent and no viewBox: the bars stretch with the card while the text keeps the
 * page's size, so a phone and a projector both read it.
 */
function Chart({ section }: { section: ReportSection }) {
  const bars = chartBars(section);
  const altId = useId();
  // Bars of nothing draw nothing worth seeing; the table beside still gives every zero.
  if (!bars.some((b) => b.value > 0))
    return <p className="bar-chart empty chart-note">Nothing to chart: all zero.</p>;
  const height = bars.length * ROW;
  return (
    <svg className="bar-chart" width="100%" height={height} role="img" aria-labelledby={altId}>
      <title id={altId}>
        {`${section.title}, bar chart of ${section.unit}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}.`}
      </title>
      <line className="bar-axis" x1={0.5} x2={0.5} y1={18} y2={height - 2} />
      {bars.map((b, i) => {
        const reach = `${b.share * REACH}%`;
        const y = i * ROW;
        return (
          <g key={b.label}>
            <text className="bar-label" x={0} y={y + 13}>
              {b.label}
            </text>
            <rect className="bar" x={1} y={y + 18} width={reach} height={12} rx={2} />
            <text className="bar-value" x={reach} dx={8} y={y + 29}>
              {b.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A report section as a card: its title, chart and table; or a line saying there was nothing. */
export function ReportSectionCard({ section }: { section: ReportSection }) {
  const titleId = useId();
  return (
    <section className="card report-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{section.title}</h3>
      {section.items.length ? (
        <div className="report-figures">
          <Chart section={section} />
          <table className="report-table">
            <caption className="visually-hidden">{section.title}</caption>
            <tbody>
              {section.items.map((item) => (
                <tr key={item.label}>
                  <th scope="row">{item.label}</th>
                  <td>{figureText(item)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty">None in this period.</p>
      )}
    </section>
  );
}
