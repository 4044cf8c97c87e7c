// §2: the marketing officer vets the school accounts' followers: the review queue, what each
// platform lets Gatepost see and do, the officer's decisions, and the sandbox's followers.
import { z } from 'zod';
import { followerSupport } from '../../adapters/platforms/follower-support.ts';
import { requirePermission } from '../../domain/actor.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { decideFollower } from '../../followers/decide-follower.ts';
import { followerAccounts } from '../../followers/follower-access.ts';
import { followerView } from '../../followers/follower-views.ts';
import { pollFollowersSoon, receiveSandboxFollower } from '../../followers/sandbox-follower.ts';
import { followerPollsOf, listFollowers } from '../../repositories/followers.ts';
import {
  decisionBody,
  followerAccountSchema,
  followerQuery,
  followerSchema,
  pollBody,
  sandboxFollowerBody,
} from '../follower-schemas.ts';
import { route } from '../route.ts';
import { id } from '../schemas.ts';

const tag = 'followers';

const followerId = (value: string | undefined) => {
  if (!id.safeParse(value).success) throw notFound('That follower');
  return value!;
};

export const followerRoutes = [
  route({
    method: 'get',
    path: '/api/followers',
    summary: 'Followers of the school’s accounts with what is known and any pupil or staff name matched (§2)',
    tag,
    access: 'signed-in',
    query: followerQuery,
    response: followerSchema.array(),
    async handler({ services, actor, query }) {
      const accounts = await followerAccounts(services.db, actor, query.accountId);
      const byId = new Map(accounts.map((a) => [a.id, a]));
      const followers = await listFollowers(services.db, [...byId.keys()], query.status);
      return followers.map((f) => followerView(f, byId.get(f.accountId)!));
    },
  }),
  route({
    method: 'get',
    path: '/api/followers/accounts',
    summary: 'Per account: whether its platform’s API lists followers, and what it lets Gatepost do',
    tag,
    access: 'signed-in',
    response: followerAccountSchema.array(),
    async handler({ services, actor }) {
      const accounts = await followerAccounts(services.db, actor);
      const polls = new Map(
        (
          await followerPollsOf(
            services.db,
            accounts.map((a) => a.id),
          )
        ).map((p) => [p.accountId, p]),
      );
      return accounts.map((a) => ({
        accountId: a.id,
        handle: a.handle,
        platform: a.platform,
        ...followerSupport[a.platform],
        lastPolledAt: polls.get(a.id)?.lastPolledAt?.toISOString() ?? null,
        lastError: polls.get(a.id)?.lastError ?? null,
      }));
    },
  }),
  route({
    method: 'post',
    path: '/api/followers/:id/decision',
    summary:
      'Marketing officer: approve, remove or block a follower, on the platform where its API allows; audited',
    tag,
    access: 'signed-in',
    body: decisionBody,
    response: followerSchema,
    handler: ({ services, actor, params, body }) =>
      decideFollower(services, actor, followerId(params.id), body.decision),
  }),
  route({
    method: 'post',
    path: '/api/followers/poll',
    summary: 'Marketing officer: look for new followers of an account now rather than at the next poll',
    tag,
    access: 'signed-in',
    status: 202,
    body: pollBody,
    response: z.object({ accountId: z.string() }),
    async handler({ services, actor, body }) {
      const [account] = await followerAccounts(services.db, actor, body.accountId);
      requirePermission(actor, 'moderateReplies', account!.schoolId);
      const support = followerSupport[account!.platform];
      if (!support.listsFollowers) throw new AppError('conflict', support.note);
      await pollFollowersSoon(services, account!.id);
      return { accountId: account!.id };
    },
  }),
  route({
    method: 'post',
    path: '/api/sandbox/accounts/:id/followers',
    summary: 'Simulate someone following a sandbox account',
    tag: 'sandbox',
    access: 'signed-in',
    status: 201,
    body: sandboxFollowerBody,
    handler: ({ services, actor, params, body }) => receiveSandboxFollower(services, actor, params.id!, body),
  }),
];
