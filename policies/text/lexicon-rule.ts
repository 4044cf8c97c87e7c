// A rule that is nothing but a lexicon: every hit becomes a finding quoting the words found.
import type { Finding } from '../types.ts';
import type { LexiconEntry, LexiconHit } from './lexicon.ts';
import { compileLexicon } from './lexicon.ts';
import type { PostContext, TextRule } from './rule.ts';
import { findingOf, quote } from './rule.ts';

export interface LexiconRuleSpec extends Omit<TextRule, 'check'> {
  entries: LexiconEntry[];
  /** What the teacher is told, given the words found and the entry's reason. */
  message: (words: string, reason: string) => string;
  suggestion: string;
  /** Drops hits that the surrounding post shows to be harmless. */
  keep?: (hit: LexiconHit, context: PostContext) => boolean;
}

export function lexiconRule(spec: LexiconRuleSpec): TextRule {
  const match = compileLexicon(spec.entries);
  const { entries: _entries, message, suggestion, keep, ...identity } = spec;
  return {
    ...identity,
    check(context): Finding[] {
      const hits = match(context.text, context.folded).filter((hit) => !keep || keep(hit, context));
      return hits.map((hit) => {
        const span: [number, number] = [hit.start, hit.end];
        return findingOf(identity, {
          message: message(quote(context.text, span), hit.entry.reason),
          suggestion,
          span,
        });
      });
    },
  };
}
