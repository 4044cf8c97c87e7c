// Someone following a sandbox account (demos and tests). Like a platform's notification, it asks
// for a follower poll at once; the follower then takes the same poll → review path as on X.
import type { Services } from '../context.ts';
import { type Actor, requirePermission } from '../domain/actor.ts';
import { notFound } from '../domain/errors.ts';
import { findAccount } from '../repositories/accounts.ts';
import { saveFollowerPoll } from '../repositories/followers.ts';
import { addSandboxFollower } from '../repositories/sandbox-followers.ts';

export interface SandboxFollowerInput {
  handle: string;
  displayName: string;
  bio?: string | undefined;
  accountCreatedAt?: Date | undefined;
}

export async function receiveSandboxFollower(
  services: Services,
  actor: Actor,
  accountId: string,
  input: SandboxFollowerInput,
) {
  const account = await findAccount(services.db, accountId);
  if (account?.platform !== 'SANDBOX') throw notFound('That sandbox account');
  requirePermission(actor, 'seeSandbox', account.schoolId);
  const follower = await addSandboxFollower(services.db, {
    accountId,
    handle: input.handle,
    displayName: input.displayName,
    bio: input.bio ?? '',
    accountCreatedAt: input.accountCreatedAt ?? null,
  });
  await pollFollowersSoon(services, accountId);
  return {
    id: follower.id,
    handle: follower.handle,
    displayName: follower.displayName,
    followedAt: follower.createdAt.toISOString(),
  };
}

/** The next sweep would get there; a job now saves the wait. */
export async function pollFollowersSoon(services: Services, accountId: string) {
  await saveFollowerPoll(services.db, accountId, { nextPollAt: new Date() });
  await services.queue.enqueue('follower-poll', { accountId });
}
