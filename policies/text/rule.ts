import type { Finding, PostCategory, PostText, Severity } from '../types.ts';
import type { NameMentions } from './names/mentions.ts';
import type { Token } from './tokens.ts';

/** Everything about one post that several rules read; built once per check. */
export interface PostContext {
  post: PostText;
  text: string;
  folded: string;
  tokens: Token[];
  /** Pupil names found against the school's roster (full and first-name level). */
  names: NameMentions;
}

export interface TextRule {
  id: string;
  category: PostCategory;
  severity: Severity;
  /** Policy clauses enforced, e.g. "§3". */
  clause: string;
  /** One line for the rule registry. */
  description: string;
  check(context: PostContext): Finding[];
}

type FindingDetails = Pick<Finding, 'message' | 'suggestion' | 'span'>;

/** A finding stamped with its rule's identity, so no rule can cite the wrong clause. */
export function findingOf(rule: Omit<TextRule, 'check' | 'description'>, details: FindingDetails): Finding {
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    clause: rule.clause,
    ...details,
  };
}

/** White space that `quote` folds: a run of two or more, or any single one but a plain space. */
const SPACING_TO_FOLD = /\s\s|[^\S ]/;

/** Quotes what the teacher wrote at a span, for messages (on one line, single-spaced). */
export function quote(text: string, span: [number, number]): string {
  const words = text.slice(span[0], span[1]);
  // A test is far cheaper than a global replace, and most quotes have nothing to fold.
  return `"${SPACING_TO_FOLD.test(words) ? words.replace(/\s+/g, ' ') : words}"`;
}
