// A reply "written" on the sandbox platform (demos and tests). Like a platform's webhook, it
// asks for a poll at once; the reply then takes the same poll → classify path as any other.
import type { Services } from '../context.ts';
import { type Actor, requirePermission } from '../domain/actor.ts';
import { AppError, notFound } from '../domain/errors.ts';
import { findAccount } from '../repositories/accounts.ts';
import { pollSoon } from '../repositories/reply-polls.ts';
import { addSandboxReply, findSandboxPostById, latestSandboxPost } from '../repositories/sandbox-replies.ts';

export interface SandboxReplyInput {
  author: string;
  text: string;
  inReplyTo?: string | undefined;
}

export async function receiveSandboxReply(
  services: Services,
  actor: Actor,
  accountId: string,
  input: SandboxReplyInput,
) {
  const account = await findAccount(services.db, accountId);
  if (account?.platform !== 'SANDBOX') throw notFound('That sandbox account');
  requirePermission(actor, 'seeSandbox', account.schoolId);
  const post = input.inReplyTo
    ? await findSandboxPostById(services.db, accountId, input.inReplyTo)
    : await latestSandboxPost(services.db, accountId);
  if (!post) {
    if (input.inReplyTo) throw notFound('That sandbox post');
    throw new AppError(
      'invalid_state',
      'Nothing has been published on this sandbox account yet, so there is nothing to reply to.',
    );
  }
  const reply = await addSandboxReply(services.db, {
    accountId,
    postId: post.id,
    author: input.author,
    text: input.text,
  });
  await pollSoon(services.db, accountId);
  await services.queue.enqueue('reply-poll', { accountId });
  return {
    id: reply.id,
    postId: post.id,
    author: reply.author,
    text: reply.text,
    createdAt: reply.createdAt.toISOString(),
  };
}
