// The policy's forms (Appendices A, B and C) as small state machines sharing one engine: each
// kind has the fields its paper form asks for and ONE transition table saying who moves it from
// which state to which, and what they must write down. Pure: no I/O.
import { z } from 'zod';
import type { PolicyFormKind, Role } from '../generated/prisma/enums.ts';
import { AppError } from './errors.ts';

const headLike: Role[] = ['HEADTEACHER', 'TRUST_ADMIN'];

const text = (label: string, max = 4000) =>
  z
    .string({ message: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max);

const audiences = [
  'pupils',
  'staff',
  'families',
  'external_organisations',
  'other_schools',
  'public',
  'other',
] as const;

/** Appendix C: the social media site creation approval form. */
const siteCreationFields = z.strictObject({
  platform: z.enum(['X', 'FACEBOOK', 'INSTAGRAM'], { message: 'platform must be X, FACEBOOK or INSTAGRAM.' }),
  handle: text('The account name (handle)', 100),
  team: text('Team details', 200),
  department: text('Department', 200),
  moderator: text('Moderator of site', 200),
  purpose: text('Purpose of using social media'),
  aims: text('Aims and what you hope to achieve'),
  proposedContent: text('Proposed content of the site'),
  audience: z.array(z.enum(audiences)).min(1, 'Choose at least one proposed audience.'),
  contributors: z.array(z.enum(audiences)).min(1, 'Choose at least one group of proposed contributors.'),
  administrators: z
    .array(text('Each administrator’s name', 200))
    .refine((names) => new Set(names.map((n) => n.toLowerCase())).size >= 2, {
      message: 'Name at least two different administrators; the policy requires two approved administrators.',
    }),
  contributorVetting: text('Who will vet external contributors (name and job role)', 400),
  host: text('Who will host the site', 200),
  goLiveDate: z.iso.date('Give the proposed go-live date as YYYY-MM-DD.'),
  advertising: text('How you propose to advertise for contributors'),
  parentalConsent: z.string().trim().max(4000).optional(),
  securityMeasures: text('Security measures against unwanted contributors and followers'),
});

/** Appendix A: blocked content access request. */
const accessRequestFields = z.strictObject({
  url: z.url({ message: 'Give the full URL, starting https://' }),
  siteContent: text('Site content'),
  reasons: text('Reasons for access'),
});

/** Appendix B: inappropriate content report (by staff; replies fill it from the reply). */
const contentReportFields = z.strictObject({
  urls: z
    .array(z.url({ message: 'Each URL must be a full URL, starting https://' }))
    .min(1, 'Give at least one URL.'),
  nature: text('Nature of inappropriate content'),
  individual: z.string().trim().max(200).optional(),
});

export interface Transition {
  from: readonly string[];
  to: string;
  roles: readonly Role[];
  /** What the actor must write, and how the form names it. */
  needs?: { field: 'reason' | 'details'; label: string };
}

export interface FormKindRules {
  title: string;
  fields: z.ZodType<Record<string, unknown>>;
  /** Roles (besides the requester) who see every form of this kind at their school. */
  seenBy: readonly Role[];
  transitions: Record<string, Transition>;
  /** States nothing leaves. */
  done: readonly string[];
}

export const START = 'REQUESTED';

export const formKinds: Record<PolicyFormKind, FormKindRules> = {
  SITE_CREATION: {
    title: 'Social media site creation approval (Appendix C)',
    fields: siteCreationFields,
    seenBy: ['MARKETING_OFFICER', 'ICT_TECHNICIAN', ...headLike],
    transitions: {
      approveContent: { from: [START], to: 'CONTENT_APPROVED', roles: ['MARKETING_OFFICER'] },
      approve: { from: ['CONTENT_APPROVED'], to: 'APPROVED', roles: headLike },
      reject: {
        from: [START, 'CONTENT_APPROVED'],
        to: 'REJECTED',
        roles: ['MARKETING_OFFICER', ...headLike],
        needs: { field: 'reason', label: 'the reason for rejecting' },
      },
    },
    done: ['APPROVED', 'REJECTED'],
  },
  ACCESS_REQUEST: {
    title: 'Blocked content access request (Appendix A)',
    fields: accessRequestFields,
    seenBy: ['ICT_TECHNICIAN', ...headLike],
    transitions: {
      review: {
        from: [START],
        to: 'REVIEWED',
        roles: ['ICT_TECHNICIAN'],
        needs: { field: 'details', label: 'the identified risks and control measures' },
      },
      approve: {
        from: ['REVIEWED'],
        to: 'APPROVED',
        roles: headLike,
        needs: { field: 'reason', label: 'the reasons for approving' },
      },
      refuse: {
        from: ['REVIEWED'],
        to: 'REFUSED',
        roles: headLike,
        needs: { field: 'reason', label: 'the reasons for refusing' },
      },
    },
    done: ['APPROVED', 'REFUSED'],
  },
  CONTENT_REPORT: {
    title: 'Inappropriate content report (Appendix B)',
    fields: contentReportFields,
    seenBy: ['ICT_TECHNICIAN', 'MARKETING_OFFICER', ...headLike],
    transitions: {
      recordAction: {
        from: [START],
        to: 'ACTIONED',
        roles: ['ICT_TECHNICIAN'],
        needs: { field: 'details', label: 'the action taken' },
      },
    },
    done: ['ACTIONED'],
  },
};

export interface StepInput {
  action: string;
  reason?: string;
  details?: string;
}

/** The next state, or a specific refusal: unknown action, wrong state, wrong role, missing words. */
export function nextState(kind: PolicyFormKind, state: string, held: Set<Role>, step: StepInput): string {
  const rules = formKinds[kind];
  const transition = rules.transitions[step.action];
  if (!transition || !Object.hasOwn(rules.transitions, step.action)) {
    const known = Object.keys(rules.transitions).join(', ');
    throw new AppError(
      'validation_failed',
      `"${step.action}" is not a step of this form; use one of ${known}.`,
    );
  }
  if (!transition.from.includes(state))
    throw new AppError(
      'invalid_state',
      `This form is ${state.toLowerCase().replaceAll('_', ' ')}; "${step.action}" is not possible now.`,
    );
  if (!transition.roles.some((role) => held.has(role))) {
    const who = transition.roles.map((r) => r.toLowerCase().replaceAll('_', ' ')).join(' or ');
    throw new AppError('forbidden', `Only the ${who} may ${step.action} this form.`);
  }
  if (transition.needs && !step[transition.needs.field]?.trim())
    throw new AppError(
      'validation_failed',
      `Write down ${transition.needs.label} (${transition.needs.field}).`,
    );
  return transition.to;
}

/** Appendix C's final approval needs two administrators however the form was filled in. */
export function administratorsNamed(fields: unknown): number {
  const names = (fields as { administrators?: unknown }).administrators;
  return Array.isArray(names) ? new Set(names.map((n) => String(n).trim().toLowerCase())).size : 0;
}
