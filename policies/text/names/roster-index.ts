// The school's roster, indexed once so that every post is matched in one pass over its words.
import type { RosterPupil } from '../../types.ts';
import { foldKey } from '../fold.ts';

/** One way a pupil can be named: a given name (legal or preferred) and the surname, as word keys. */
export interface NameForm {
  pupil: RosterPupil;
  given: string[];
  surname: string[];
}

export interface RosterIndex {
  /** Forms keyed by the first word of the given name (forward order "Daisy Hill"). */
  byGivenStart: Map<string, NameForm[]>;
  /** Forms keyed by the first word of the surname (reverse order "Hill, Daisy", initials "D. Hill"). */
  bySurnameStart: Map<string, NameForm[]>;
  /** Hashtag spellings: given + surname run together ("ameliahughes"). */
  byHashtag: Map<string, NameForm>;
  /** Pupils by a one-word given name, for first-name mentions. */
  byGiven: Map<string, RosterPupil[]>;
}

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

function words(name: string): string[] {
  return [...foldKey(name).matchAll(WORD)].map((m) => m[0]);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Given names a pupil may be called by: legal, preferred, and the first part of a double name. */
function givenNames(pupil: RosterPupil): string[][] {
  const names = [pupil.firstName, pupil.preferredName ?? ''].map(words).filter((w) => w.length > 0);
  return names.filter((name, i) => names.findIndex((other) => other.join(' ') === name.join(' ')) === i);
}

export function indexRoster(roster: RosterPupil[]): RosterIndex {
  const index: RosterIndex = {
    byGivenStart: new Map(),
    bySurnameStart: new Map(),
    byHashtag: new Map(),
    byGiven: new Map(),
  };
  for (const pupil of roster) {
    const surname = words(pupil.lastName);
    if (surname.length === 0) continue;
    for (const given of givenNames(pupil)) {
      const form: NameForm = { pupil, given, surname };
      push(index.byGivenStart, given[0]!, form);
      push(index.bySurnameStart, surname[0]!, form);
      index.byHashtag.set([...given, ...surname].join('').replace(/['-]/g, ''), form);
      if (given.length === 1) push(index.byGiven, given[0]!, pupil);
    }
  }
  return index;
}
