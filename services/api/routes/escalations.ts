// Safeguarding escalations (§8): listed only to their recipients (the DSL, the headteacher,
// the trust), who acknowledge them and record the outcome.

import type { Services } from '../../context.ts';
import type { Escalation } from '../../generated/prisma/client.ts';
import { acknowledgeEscalation, recordEscalationOutcome } from '../../replies/handle-escalation.ts';
import { canSeeEscalation, heldRoles } from '../../replies/reply-access.ts';
import { escalationView } from '../../replies/reply-views.ts';
import { escalationsFor } from '../../repositories/escalations.ts';
import { repliesWithIds } from '../../repositories/replies.ts';
import { escalationSchema, outcomeBody } from '../reply-schemas.ts';
import { route } from '../route.ts';

async function withReplies(services: Services, escalations: Escalation[]) {
  const replies = await repliesWithIds(
    services.db,
    escalations.map((e) => e.replyId),
  );
  const byId = new Map(replies.map((r) => [r.id, r]));
  return escalations.flatMap((e) => {
    const reply = byId.get(e.replyId);
    return reply ? [escalationView(e, reply)] : [];
  });
}

export const escalationRoutes = [
  route({
    method: 'get',
    path: '/api/escalations',
    summary: 'Safeguarding concerns sent to the caller (DSL, headteacher, trust); nobody else sees them',
    tag: 'escalations',
    access: 'signed-in',
    response: escalationSchema.array(),
    async handler({ services, actor }) {
      const escalations = await escalationsFor(services.db, heldRoles(actor));
      return withReplies(
        services,
        escalations.filter((e) => canSeeEscalation(actor, e)),
      );
    },
  }),
  route({
    method: 'post',
    path: '/api/escalations/:id/acknowledge',
    summary: 'Acknowledge a concern sent to you (stops the reminder)',
    tag: 'escalations',
    access: 'signed-in',
    response: escalationSchema,
    async handler({ services, actor, params }) {
      const escalation = await acknowledgeEscalation(services, actor, params.id!);
      return (await withReplies(services, [escalation]))[0];
    },
  }),
  route({
    method: 'post',
    path: '/api/escalations/:id/outcome',
    summary: 'Record what was done about a concern sent to you',
    tag: 'escalations',
    access: 'signed-in',
    body: outcomeBody,
    response: escalationSchema,
    async handler({ services, actor, params, body }) {
      const escalation = await recordEscalationOutcome(services, actor, params.id!, body.outcome);
      return (await withReplies(services, [escalation]))[0];
    },
  }),
];
