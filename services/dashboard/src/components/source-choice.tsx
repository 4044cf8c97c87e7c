// "Where does the photo come from?" (§3 copyright): the same question at upload and when the
// author corrects it later; licensed or borrowed images also say what allows the school to post them.
import type { Media } from '../api/resources.ts';
import { needsSourceNote, sourceWords } from '../lib/photo.ts';

export type Source = Media['source'] | '';

export function SourceChoice({
  id,
  source,
  note,
  disabled,
  onSource,
  onNote,
}: {
  id: string;
  source: Source;
  note: string;
  disabled?: boolean;
  onSource(source: Source): void;
  onNote(note: string): void;
}) {
  return (
    <fieldset className="source-choice" disabled={disabled}>
      <legend>Where does the photo come from?</legend>
      {Object.entries(sourceWords).map(([value, words]) => (
        <label key={value} className="check" htmlFor={`${id}-source-${value}`}>
          <input
            id={`${id}-source-${value}`}
            type="radio"
            name={`${id}-source`}
            checked={source === value}
            onChange={() => onSource(value as Source)}
          />
          {words}
        </label>
      ))}
      {needsSourceNote(source) ? (
        <>
          <label htmlFor={`${id}-source-note`}>What allows the school to post it?</label>
          <input id={`${id}-source-note`} type="text" value={note} onChange={(e) => onNote(e.target.value)} />
        </>
      ) : null}
    </fieldset>
  );
}
