// Reply moderation (§2, §5): the replies, the abuse log, repeat offenders, and the officer's
// decisions on each reply.
import { requirePermission, schoolsOf } from '../../domain/actor.ts';
import { notFound } from '../../domain/errors.ts';
import { confirmReply, relabelReply, unhideReply } from '../../replies/moderate-reply.ts';
import { replyFor, replySchools } from '../../replies/reply-access.ts';
import { abuseLogView, offenderView, replyView } from '../../replies/reply-views.ts';
import { reportReply } from '../../replies/report-reply.ts';
import { setReplyRules } from '../../replies/set-reply-rules.ts';
import { abuseLogOf } from '../../repositories/abuse-log.ts';
import { accountsOfSchools } from '../../repositories/accounts.ts';
import { offendersOf } from '../../repositories/offenders.ts';
import { listReplies } from '../../repositories/replies.ts';
import { replyRulesOf } from '../../repositories/reply-settings.ts';
import {
  abuseLogEntrySchema,
  accountQuery,
  confirmBody,
  offenderSchema,
  relabelBody,
  replyQuery,
  replyRulesBody,
  replySchema,
  reportBody,
  unhideBody,
} from '../reply-schemas.ts';
import { route } from '../route.ts';

export const replyRoutes = [
  route({
    method: 'get',
    path: '/api/replies',
    summary: 'Replies to the school’s posts with their labels and findings (officer, headteacher)',
    tag: 'replies',
    access: 'signed-in',
    query: replyQuery,
    response: replySchema.array(),
    async handler({ services, actor, query }) {
      const schoolIds = await replySchools(services.db, actor, query.accountId);
      return (await listReplies(services.db, { ...query, schoolIds })).map(replyView);
    },
  }),
  route({
    method: 'get',
    path: '/api/abuse-log',
    summary: 'The abuse log (§2): labelled replies, original text kept, and what was done',
    tag: 'replies',
    access: 'signed-in',
    query: accountQuery,
    response: abuseLogEntrySchema.array(),
    async handler({ services, actor, query }) {
      const schoolIds = await replySchools(services.db, actor, query.accountId);
      return (await abuseLogOf(services.db, { ...query, schoolIds })).map(abuseLogView);
    },
  }),
  route({
    method: 'get',
    path: '/api/offenders',
    summary: 'Repeat authors per account (§5) with their history in the abuse log',
    tag: 'replies',
    access: 'signed-in',
    query: accountQuery,
    response: offenderSchema.array(),
    async handler({ services, actor, query }) {
      const schoolIds = await replySchools(services.db, actor, query.accountId);
      const accounts = await accountsOfSchools(services.db, schoolIds);
      const ids = accounts.map((a) => a.id).filter((id) => !query.accountId || id === query.accountId);
      const offenders = await offendersOf(services.db, ids);
      const log = await abuseLogOf(services.db, { schoolIds });
      return offenders.map((o) =>
        offenderView(
          o,
          log.filter((e) => e.accountId === o.accountId && e.authorId === o.authorId),
        ),
      );
    },
  }),
  route({
    method: 'post',
    path: '/api/replies/:id/unhide',
    summary: 'Unhide a reply Gatepost hid (the decision is kept and audited)',
    tag: 'replies',
    access: 'signed-in',
    body: unhideBody,
    response: replySchema,
    async handler({ services, actor, params, body }) {
      await unhideReply(services, actor, params.id!, body.note ?? null);
      return replyView(await replyFor(services.db, actor, params.id!, 'moderateReplies'));
    },
  }),
  route({
    method: 'post',
    path: '/api/replies/:id/relabel',
    summary: 'Correct a reply’s labels; added labels are logged and escalated like found ones',
    tag: 'replies',
    access: 'signed-in',
    body: relabelBody,
    response: replySchema,
    async handler({ services, actor, params, body }) {
      await relabelReply(services, actor, params.id!, body.labels, body.note ?? null);
      return replyView(await replyFor(services.db, actor, params.id!, 'moderateReplies'));
    },
  }),
  route({
    method: 'post',
    path: '/api/replies/:id/confirm',
    summary: 'Confirm Gatepost’s labels (and, for "hide by hand", that it has been hidden)',
    tag: 'replies',
    access: 'signed-in',
    body: confirmBody,
    response: replySchema,
    async handler({ services, actor, params, body }) {
      await confirmReply(services, actor, params.id!, body.note ?? null, body.hiddenByHand ?? false);
      return replyView(await replyFor(services.db, actor, params.id!, 'moderateReplies'));
    },
  }),
  route({
    method: 'post',
    path: '/api/replies/:id/report',
    summary: 'Raise an Appendix B inappropriate-content report from a reply',
    tag: 'replies',
    access: 'signed-in',
    status: 201,
    body: reportBody,
    async handler({ services, actor, params, body }) {
      return reportReply(services, actor, params.id!, body.reason);
    },
  }),
  route({
    method: 'get',
    path: '/api/schools/:id/reply-rules',
    summary: 'The school’s reply rules: labels hidden, acknowledgement time, offender threshold',
    tag: 'replies',
    access: 'signed-in',
    async handler({ services, actor, params }) {
      if (!schoolsOf(actor).includes(params.id!)) throw notFound('That school');
      requirePermission(actor, 'seeReplies', params.id!);
      return replyRulesOf(services.db, params.id!);
    },
  }),
  route({
    method: 'post',
    path: '/api/schools/:id/reply-rules',
    summary: 'Set the school’s reply rules (headteacher, trust admin); audited',
    tag: 'replies',
    access: 'signed-in',
    body: replyRulesBody,
    async handler({ services, actor, params, body }) {
      if (!schoolsOf(actor).includes(params.id!)) throw notFound('That school');
      requirePermission(actor, 'setReplyRules', params.id!);
      return setReplyRules(services, actor, params.id!, body);
    },
  }),
];
