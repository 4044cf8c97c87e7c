// Reply moderation: labels an incoming comment so the officer can hide it, log it in the abuse
// log, or escalate it (DSL, headteacher, chair). Safeguarding errs towards a false alarm.

import { createPostReader } from '../text/index.ts';
import type { LexiconHit } from '../text/lexicon.ts';
import { compileLexicon } from '../text/lexicon.ts';
import { personalAddress } from '../text/personal-data-address.ts';
import { dateOfBirth } from '../text/personal-data-birth.ts';
import { healthDetails } from '../text/personal-data-health.ts';
import { findProfanity } from '../text/profanity.ts';
import type { PostContext } from '../text/rule.ts';
import { quote } from '../text/rule.ts';
import type { Finding, ReplyLabel, RosterPupil } from '../types.ts';
import { childAtRisk } from './child-at-risk.ts';
import { HATE, INSULTS, THREATS } from './lexicons/abuse.ts';
import { BULLYING, CHILD_MOCKERY, LAUGHTER, MOCKED, NAME_CALLING, PRAISE } from './lexicons/bullying.ts';
import { SAFEGUARDING } from './lexicons/safeguarding.ts';
import { PHISHING, SCAM_WARNING, SCHOOL_ADVERT, SPAM } from './lexicons/spam.ts';
import { pupilDataHits } from './pupil-data.ts';
import { spamLinks } from './spam-links.ts';
import { aimsAtChild, aimsOnlyAtAdults } from './target.ts';

export interface ReplyVerdict {
  labels: ReplyLabel[];
  findings: Finding[];
}

export type ReplyClassifier = (text: string) => ReplyVerdict;

interface ReplyRule {
  id: string;
  label: ReplyLabel;
  clause: string;
  suggestion: string;
  hits: (context: PostContext) => LexiconHit[];
}

const lexicon = (entries: Parameters<typeof compileLexicon>[0]) => {
  const match = compileLexicon(entries);
  return (c: PostContext) => match(c.text, c.folded);
};

const abuseWords = lexicon([...INSULTS, ...THREATS, ...HATE]);
const bullyingWords = lexicon(BULLYING);
const childMockery = lexicon(CHILD_MOCKERY);

/** Mockery is bullying when a child is its target; aimed only at grown-ups it is not. */
function bullying(c: PostContext): LexiconHit[] {
  if (aimsOnlyAtAdults(c)) return [];
  const hits = bullyingWords(c);
  return aimsAtChild(c) ? [...hits, ...childMockery(c), ...laughingAt(c)] : hits;
}

/**
 * Laughing at a child's looks, clumsiness or family is mockery however it is worded; the same
 * laughter with praise ("his face when he scored 😂 well done") is affection.
 */
function laughingAt({ folded }: PostContext): LexiconHit[] {
  const mocked = MOCKED.exec(folded);
  if (!mocked || !LAUGHTER.test(folded) || PRAISE.test(folded)) return [];
  const entry = { pattern: MOCKED.source, reason: 'laughing at a child' };
  return [{ start: mocked.index, end: mocked.index + mocked[0].length, entry }];
}

/** An exclamation ("bloody hell!") that swears at nobody: rude in an official post, not abuse in a reply. */
const EXCLAMATION = /^(?:bloody hell|sod it|damn(?:it)?|hell)$/;

/** "She hasn't shut up about it": talking non-stop, not telling anyone to shut up. */
const CHATTERING =
  /(?:(?:hasn't|hasnt|has not|won't|wont|didn't|didnt|never|not|can't|cant) shut up|shut up about)$/;

function swearsAtNobody(folded: string, { start, end }: LexiconHit): boolean {
  const words = folded.slice(start, end);
  if (EXCLAMATION.test(words)) return true;
  return (
    words === 'shut up' &&
    CHATTERING.test(folded.slice(Math.max(0, start - 10), end + 6).replace(/ about.*$/, ' about'))
  );
}
const spam = lexicon(SPAM);
const safeguardingWords = lexicon(SAFEGUARDING);

const RULES: ReplyRule[] = [
  {
    id: 'reply.abusive',
    label: 'abusive',
    clause: '§5',
    suggestion:
      'Hide the reply, record it in the abuse log, and tell the headteacher if it names staff or repeats.',
    hits: (c) => [
      ...findProfanity(c.text, c.folded).filter((h) => !swearsAtNobody(c.folded, h)),
      ...abuseWords(c),
    ],
  },
  {
    id: 'reply.cyberbullying',
    label: 'cyberbullying',
    clause: '§10',
    suggestion: 'Hide the reply, log it, and follow the Anti-bullying Policy for the pupil targeted.',
    hits: bullying,
  },
  {
    id: 'reply.pupil-data',
    label: 'pupil_data',
    clause: '§7',
    suggestion: "Hide the reply: it shares a pupil's personal details or offers photos of pupils.",
    hits: (c) => [
      ...pupilDataHits(c),
      ...[personalAddress, dateOfBirth, healthDetails].flatMap((rule) =>
        rule
          .check(c)
          .map((f) => ({ start: f.span![0], end: f.span![1], entry: { pattern: '', reason: f.message } })),
      ),
    ],
  },
  {
    id: 'reply.safeguarding',
    label: 'safeguarding',
    clause: '§8',
    suggestion:
      'Escalate to the DSL now (allegations about staff go to the headteacher, or the chair for the headteacher); do not reply publicly.',
    hits: (c) => [...safeguardingWords(c), ...childAtRisk(c)],
  },
  {
    id: 'reply.spam',
    label: 'spam',
    clause: '§2',
    suggestion: 'Hide the reply and block the account if it repeats.',
    hits: (c) => {
      if (SCAM_WARNING.test(c.text)) return [];
      const hits = [...spam(c), ...spamLinks(c)];
      return SCHOOL_ADVERT.test(c.text) ? hits.filter((h) => h.entry.reason === PHISHING) : hits;
    },
  },
];

const compiled = RULES.map((rule) => ({ ...rule, hits: rule.hits }));

export function createReplyClassifier(roster: RosterPupil[]): ReplyClassifier {
  const read = createPostReader(roster);
  return (text) => {
    const context = read({ text });
    const findings: Finding[] = [];
    for (const rule of compiled) {
      for (const hit of rule.hits(context)) {
        const span: [number, number] = [hit.start, hit.end];
        findings.push({
          ruleId: rule.id,
          category: rule.label,
          severity: 'block',
          clause: rule.clause,
          message: `${quote(text, span)}: ${hit.entry.reason}.`,
          suggestion: rule.suggestion,
          span,
        });
      }
    }
    const labels = new Set(findings.map((f) => f.category as ReplyLabel));
    if (labels.has('cyberbullying') && NAME_CALLING.test(text)) labels.add('abusive');
    return { labels: [...labels], findings };
  };
}
