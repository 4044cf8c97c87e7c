// The text checker: build the roster index once, then check posts quickly against every rule.
import type { Finding, PostText, RosterPupil } from '../types.ts';
import { contentObjective } from './content-objective.ts';
import { fold } from './fold.ts';
import { insensitive } from './insensitive.ts';
import { findNameMentions } from './names/mentions.ts';
import { indexRoster } from './names/roster-index.ts';
import { offensive } from './offensive.ts';
import { personalAddress } from './personal-data-address.ts';
import { dateOfBirth } from './personal-data-birth.ts';
import { personalContact } from './personal-data-contact.ts';
import { healthDetails } from './personal-data-health.ts';
import { personalView } from './personal-view.ts';
import { platformLimits } from './platform-limits.ts';
import { political } from './political.ts';
import { pupilFirstName, pupilFullName, pupilFullNameWithImage } from './pupil-names.ts';
import type { PostContext, TextRule } from './rule.ts';
import { tokenise } from './tokens.ts';

export const TEXT_RULES: readonly TextRule[] = [
  political,
  personalView,
  offensive,
  insensitive,
  pupilFullName,
  pupilFirstName,
  pupilFullNameWithImage,
  personalContact,
  personalAddress,
  dateOfBirth,
  healthDetails,
  platformLimits,
  contentObjective,
];

export interface TextCheckerOptions {
  /** Rule ids to leave out (e.g. a school that does not want content-objective tags). */
  disabledRules?: string[];
}

export type TextChecker = (post: PostText) => Finding[];

/** Reads a post's words and the pupils it names; shared with reply moderation. */
export function createPostReader(roster: RosterPupil[]): (post: PostText) => PostContext {
  const index = indexRoster(roster);
  return (post) => {
    const { text } = post;
    const folded = fold(text);
    const tokens = tokenise(text, folded);
    return { post, text, folded, tokens, names: findNameMentions(text, folded, tokens, index) };
  };
}

export function createTextChecker(roster: RosterPupil[], options: TextCheckerOptions = {}): TextChecker {
  const read = createPostReader(roster);
  const disabled = new Set(options.disabledRules ?? []);
  const rules = TEXT_RULES.filter((r) => !disabled.has(r.id));
  return (post) => {
    const context = read(post);
    const findings: Finding[] = [];
    for (const rule of rules) findings.push(...rule.check(context));
    return findings;
  };
}
