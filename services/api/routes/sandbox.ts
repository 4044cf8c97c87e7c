import { requirePermission } from '../../domain/actor.ts';
import { notFound } from '../../domain/errors.ts';
import { findAccount } from '../../repositories/accounts.ts';
import { sandboxPostsOf } from '../../repositories/sandbox-posts.ts';
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
];
