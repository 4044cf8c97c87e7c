// Who is acting, and what their roles let them do at which school (DESIGN.md "People").
import type { Role } from '../generated/prisma/enums.ts';
import { AppError } from './errors.ts';

export interface Actor {
  userId: string;
  memberships: { schoolId: string; role: Role }[];
}

export const rolesAt = (actor: Actor, schoolId: string): Set<Role> =>
  new Set(actor.memberships.filter((m) => m.schoolId === schoolId).map((m) => m.role));

export const schoolsOf = (actor: Actor): string[] => [...new Set(actor.memberships.map((m) => m.schoolId))];

/** Trust admins hold the headteacher's powers across their trust (§3). */
const headLike: Role[] = ['HEADTEACHER', 'TRUST_ADMIN'];

export const permissions = {
  draft: ['STAFF', 'MARKETING_OFFICER', 'HEADTEACHER', 'TRUST_ADMIN'],
  review: ['MARKETING_OFFICER'],
  /** Override defined blocking rules with a recorded reason; set the school's approval policy. */
  overrideBlocks: headLike,
  seeAllDrafts: ['MARKETING_OFFICER', ...headLike],
  authoriseStaff: headLike,
  manageAccounts: ['MARKETING_OFFICER', 'ICT_TECHNICIAN', ...headLike],
  seeRoster: ['MARKETING_OFFICER', 'DSL', ...headLike],
  importConsent: ['MARKETING_OFFICER', ...headLike],
  seeAudit: headLike,
  seeSandbox: ['STAFF', 'MARKETING_OFFICER', 'ICT_TECHNICIAN', ...headLike],
  /** §2: platform credentials and security settings are the ICT technician's. */
  connectAccounts: ['ICT_TECHNICIAN'],
  // §2: the marketing officer moderates replies and keeps the abuse log; the head sees everything.
  seeReplies: ['MARKETING_OFFICER', ...headLike],
  moderateReplies: ['MARKETING_OFFICER'],
  setReplyRules: headLike,
  // §2: the marketing officer writes the terms of use all content must follow.
  manageTerms: ['MARKETING_OFFICER'],
  // §3: the marketing officer makes sure those authorised to post are trained.
  recordTraining: ['MARKETING_OFFICER', ...headLike],
  // §12: the monitoring and review report for governors, prepared by the officer.
  seeReports: ['MARKETING_OFFICER', ...headLike],
  // §5: the headteacher meets a parent who breached the policy and may block them.
  actOnOffenders: headLike,
} satisfies Record<string, Role[]>;

export type Permission = keyof typeof permissions;

export function can(actor: Actor, permission: Permission, schoolId: string): boolean {
  const held = rolesAt(actor, schoolId);
  return (permissions[permission] as Role[]).some((role) => held.has(role));
}

export const schoolsWhere = (actor: Actor, permission: Permission): string[] =>
  schoolsOf(actor).filter((schoolId) => can(actor, permission, schoolId));

// Refusals, invitations and approvals are read by teachers: they name the job, never the enum.
const roleWords: Record<Role, string> = {
  STAFF: 'staff',
  MARKETING_OFFICER: 'the marketing officer',
  HEADTEACHER: 'the headteacher',
  DSL: 'the designated safeguarding lead',
  ICT_TECHNICIAN: 'the ICT technician',
  TRUST_ADMIN: 'a trust admin',
};

/** "the marketing officer", "staff", "a trust admin". */
export const roleInWords = (role: Role): string => roleWords[role];

const doing: Record<Permission, string> = {
  draft: 'write posts',
  review: 'review posts',
  overrideBlocks: 'override a block or set how posts are approved',
  seeAllDrafts: 'see everyone’s drafts',
  authoriseStaff: 'decide who may post to an account',
  manageAccounts: 'manage the school’s accounts',
  seeRoster: 'see the pupil list',
  importConsent: 'import photo consent',
  seeAudit: 'see the audit trail',
  seeSandbox: 'use the practice account',
  connectAccounts: 'connect accounts',
  seeReplies: 'see replies to the school’s posts',
  moderateReplies: 'moderate replies',
  setReplyRules: 'set the rules for replies',
  manageTerms: 'write the terms of use',
  recordTraining: 'record staff training',
  seeReports: 'see the governors’ report',
  actOnOffenders: 'act on a parent who broke the policy',
};

/** "Only the ICT technician can connect accounts." */
export function refusal(permission: Permission): string {
  const who = (permissions[permission] as Role[]).map((role) => roleWords[role]);
  const list = who.length === 1 ? who[0]! : `${who.slice(0, -1).join(', ')} or ${who.at(-1)!}`;
  return `Only ${list} can ${doing[permission]}.`;
}

/** Trust-wide powers are the trust's to give, not a school's: only a trust admin invites another. */
export const mayGiveRole = (actor: Actor, role: Role, schoolId: string): boolean =>
  role !== 'TRUST_ADMIN' || rolesAt(actor, schoolId).has('TRUST_ADMIN');

export function requirePermission(actor: Actor, permission: Permission, schoolId: string): void {
  if (!can(actor, permission, schoolId)) throw new AppError('forbidden', refusal(permission));
}
