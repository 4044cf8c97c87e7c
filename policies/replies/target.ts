// Who a reply is aimed at. Cyberbullying is about a child; the same mockery aimed at the head,
// a teacher or another parent is abuse (or fair comment), never bullying. Comments are short, so
// the whole reply is read: a child named or described anywhere makes it about a child.
import type { PostContext } from '../text/rule.ts';

/**
 * A child described rather than named: "the new girl", "that kid with the glasses", "the boy on
 * the left", "the year 9s". The writer's own child ("my son") is who they speak for, not a target.
 */
const DESCRIBED_CHILD =
  /(?<!\b(?:my|our|your|ur) (?:little |youngest |eldest |oldest )?)\b(?:kids?|child|boys?|girls?|lads?|lass|pupils?|students?|year \d{1,2}s?|y\d{1,2}s?|new (?:girl|boy|kid)|the one (?:in|on|with|at)|the (?:ginger|fat|tall|short|little|quiet|weird|skinny|chubby|smelly) one)\b/;

/** Grown-ups a reply can be aimed at: staff by title or role, governors, other parents. */
const ADULT =
  /\b(?:mr|mrs|miss|ms|mx|sir|dr|teachers?|head ?(?:teacher|mistress|master)?|deputy|principal|staff|governors?|receptionist|caretaker|dinner lad(?:y|ies)|(?:a |the )?ta|senco|woman|man|bloke|council|ofsted|trust)\b/;

const TITLED = /\b(?:mr|mrs|miss|ms|mx|sir|dr)\.? $/;

/** The writer's own child ("our Alfie"): a parent's joke about them is not bullying. */
const OWN = /\b(?:my|our) (?:little |lovely |gorgeous )?$/;

/**
 * A roster pupil named in the reply: not a member of staff who shares the name ("Miss Grace"),
 * nor the writer's own child.
 */
function namesPupil(context: PostContext): boolean {
  const { folded } = context;
  return [...context.names.full, ...context.names.first].some((m) => {
    const before = folded.slice(Math.max(0, m.span[0] - 16), m.span[0]);
    return !TITLED.test(before) && !OWN.test(before);
  });
}

export function aimsAtChild(context: PostContext): boolean {
  return namesPupil(context) || DESCRIBED_CHILD.test(context.folded);
}

/** Aimed at grown-ups only: an adult is mentioned and no child is. */
export function aimsOnlyAtAdults(context: PostContext): boolean {
  return ADULT.test(context.folded) && !aimsAtChild(context);
}
