// Personal API tokens for scripts (DESIGN.md): made by the person, shown once, stored hashed,
// revocable. Each is a credential change and is audited.
import type { Services } from '../context.ts';
import type { Actor } from '../domain/actor.ts';
import { notFound } from '../domain/errors.ts';
import { inTransaction } from '../repositories/db.ts';
import { apiTokensOf, createApiToken, revokeApiToken } from '../repositories/people.ts';
import { auditPerson, newSecret, sha256 } from './sessions.ts';

const view = (t: { id: string; name: string; createdAt: Date; revokedAt: Date | null }) => ({
  id: t.id,
  name: t.name,
  createdAt: t.createdAt.toISOString(),
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

export async function listTokens(services: Services, actor: Actor) {
  return (await apiTokensOf(services.db, actor.userId)).map(view);
}

/** The token itself is returned only here; Gatepost keeps only its hash. */
export async function createToken(services: Services, actor: Actor, name: string) {
  const token = `gp_${newSecret()}`;
  const row = await inTransaction(services.db, async (tx) => {
    const created = await createApiToken(tx, { userId: actor.userId, name, tokenHash: sha256(token) });
    await auditPerson(tx, actor.userId, actor.userId, 'token.create', { tokenId: created.id, name });
    return created;
  });
  return { ...view(row), token };
}

export async function revokeToken(services: Services, actor: Actor, id: string) {
  await inTransaction(services.db, async (tx) => {
    // Someone else's token, or one already revoked, is simply not there for this person.
    if (!(await revokeApiToken(tx, actor.userId, id))) throw notFound('That API token');
    await auditPerson(tx, actor.userId, actor.userId, 'token.revoke', { tokenId: id });
  });
  return listTokens(services, actor);
}
