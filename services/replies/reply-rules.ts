// What Gatepost does with a labelled reply, by the school's rules (policy §2, §5, §8, §10).
// Pure: the classify job asks, then records and acts.
import type { EscalationRoute } from '../../policies/replies/escalation-route.ts';
import type { ReplyLabel } from '../../policies/types.ts';
import type { Role } from '../generated/prisma/enums.ts';

export const REPLY_LABELS = ['abusive', 'cyberbullying', 'pupil_data', 'safeguarding', 'spam'] as const;

export interface ReplyRules {
  /** Labels hidden automatically where the platform allows it. */
  hideLabels: ReplyLabel[];
  /** Minutes an escalation may wait for acknowledgement before a reminder and a second recipient. */
  acknowledgeWithinMinutes: number;
  /** Labelled replies by one author on one account before the headteacher is told (§5). */
  offenderThreshold: number;
}

export const DEFAULT_RULES: ReplyRules = {
  hideLabels: ['abusive', 'cyberbullying', 'pupil_data', 'spam'],
  acknowledgeWithinMinutes: 60,
  offenderThreshold: 3,
};

/** Labels that go in the abuse log. A safeguarding disclosure is not abuse: it goes to the DSL only. */
const LOGGED: ReplyLabel[] = ['abusive', 'cyberbullying', 'pupil_data', 'spam'];
/** Labels that make an author an offender; spam bots and children asking for help are not. */
const OFFENCES: ReplyLabel[] = ['abusive', 'cyberbullying', 'pupil_data'];

export interface ReplyActions {
  hide: boolean;
  log: boolean;
  escalate: boolean;
  offences: ReplyLabel[];
}

export function actionsFor(labels: readonly ReplyLabel[], rules: ReplyRules): ReplyActions {
  return {
    hide: labels.some((l) => rules.hideLabels.includes(l)),
    log: labels.some((l) => LOGGED.includes(l)),
    escalate: labels.includes('safeguarding'),
    offences: labels.filter((l) => OFFENCES.includes(l)),
  };
}

/** Who sees an escalation on the dashboard, first and after an unanswered reminder. */
export const escalationRecipients: Record<EscalationRoute, { first: Role[]; second: Role[] }> = {
  DSL: { first: ['DSL'], second: ['HEADTEACHER'] },
  HEADTEACHER: { first: ['HEADTEACHER'], second: ['TRUST_ADMIN'] },
  // The chair of trustees is told by email; the trust's CEO (trust admin) holds it in Gatepost.
  CHAIR: { first: ['TRUST_ADMIN'], second: [] },
};
