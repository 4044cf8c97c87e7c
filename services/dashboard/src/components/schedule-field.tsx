// "Publish at (UK time)": a date and time read by the API's own UK-time rules, so a time that
// does not exist (the spring clock change) is refused here with the reason, and a time that
// happens twice (the autumn one) asks which of the two is meant.
import { readSchedule } from '../lib/london-time.ts';

export function ScheduleField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const wall = value.slice(0, 16);
  const clock = value.slice(17);
  const reading = readSchedule(value);
  const twice = reading.kind === 'twice' || (clock !== '' && readSchedule(wall).kind === 'twice');
  const troubled = reading.kind === 'problem' || twice;
  return (
    <>
      <label htmlFor="schedule">Publish at (UK time)</label>
      <p id="schedule-hint" className="hint">
        Leave empty to publish as soon as it is approved.
      </p>
      <div className="inline">
        <input
          id="schedule"
          type="datetime-local"
          value={wall}
          aria-describedby={troubled ? 'schedule-hint schedule-problem' : 'schedule-hint'}
          aria-invalid={reading.kind === 'problem' || reading.kind === 'twice' ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        {value ? (
          <button type="button" className="quiet" onClick={() => onChange('')}>
            Clear time
          </button>
        ) : null}
      </div>
      {reading.kind === 'problem' ? (
        <p id="schedule-problem" className="error-text" role="alert">
          {reading.message}
        </p>
      ) : null}
      {twice ? (
        <fieldset>
          <legend id="schedule-problem">
            {wall.slice(11)} happens twice that night: the clocks go back from 02:00 BST to 01:00 GMT. Which
            one?
          </legend>
          {(['BST', 'GMT'] as const).map((c) => (
            <label key={c} className="check">
              <input
                type="radio"
                name="schedule-clock"
                checked={clock === c}
                onChange={() => onChange(`${wall} ${c}`)}
              />
              {c === 'BST'
                ? 'The first (BST, before the clocks go back)'
                : 'The second (GMT, after the clocks go back)'}
            </label>
          ))}
        </fieldset>
      ) : null}
    </>
  );
}
