import { requirePermission } from '../../domain/actor.ts';
import { notFound } from '../../domain/errors.ts';
import { receiveSandboxReply } from '../../replies/sandbox-reply.ts';
import { findAccount } from '../../repositories/accounts.ts';
import { sandboxPostsOf } from '../../repositories/sandbox-posts.ts';
import { sandboxReplyBody } from '../reply-schemas.ts';
import { route } from '../route.ts';

export const sandboxRoutes = [
  route({
    method: 'get',
    path: '/api/sandbox/accounts/:id/posts',
    summary: 'What the built-in sandbox platform has "published" for this account',
    tag: 'sandbox',
    access: 'signed-in',
    async handler({ services, actor, params }) {
      const account = await findAccount(services.db, params.id!);
      if (account?.platform !== 'SANDBOX') throw notFound('That sandbox account');
      requirePermission(actor, 'seeSandbox', account.schoolId);
      const posts = await sandboxPostsOf(services.db, account.id);
      return posts.map((p) => ({ id: p.id, text: p.text, publishedAt: p.createdAt.toISOString() }));
    },
  }),
  route({
    method: 'post',
    path: '/api/sandbox/accounts/:id/replies',
    summary: 'Simulate an incoming reply on a sandbox account (to the latest post unless inReplyTo)',
    tag: 'sandbox',
    access: 'signed-in',
    status: 201,
    body: sandboxReplyBody,
    async handler({ services, actor, params, body }) {
      return receiveSandboxReply(services, actor, params.id!, body);
    },
  }),
];
