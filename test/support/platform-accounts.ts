// Real-platform accounts for the demo school in tests: created as the Appendix C approval
// would leave them (active, staff and officer authorised), then connected through the API.
import { writeFileSync } from 'node:fs';
import type { Database } from '../../services/adapters/db/database.ts';
import { DEMO_DOMAIN } from '../../services/demo/seed-demo.ts';
import { changeState } from '../../services/drafts/change-state.ts';
import type { Platform } from '../../services/generated/prisma/client.ts';
import { authorise } from '../../services/repositories/accounts.ts';
import { inTransaction } from '../../services/repositories/db.ts';
import type { FakeX } from '../fakes/fake-x.ts';
import { type Api, approve, type TestGatepost, waitForState } from './gatepost.ts';

/** Settings that send a Gatepost process's X traffic (TLS to api.x.com) to the fake. */
export function fakeXSettings(fake: FakeX, tmpName: string): Record<string, string> {
  const caFile = `/tmp/${tmpName}-fake-x-ca.pem`;
  writeFileSync(caFile, fake.certificate);
  return { GATEPOST_X_CONNECT_TO: fake.address, GATEPOST_X_CA_FILE: caFile };
}

export async function addAccount(gp: TestGatepost, db: Database, platform: Platform, handle: string) {
  const account = await db.prisma.account.create({
    data: { schoolId: gp.seeded.schoolId, platform, handle, status: 'ACTIVE' },
  });
  const users = await db.prisma.user.findMany({
    where: { email: { in: [`staff@${DEMO_DOMAIN}`, `officer@${DEMO_DOMAIN}`] } },
  });
  for (const user of users) await authorise(db.prisma, account.id, user.id, null);
  return account.id;
}

/** The demo school's X account, added as above and connected by the ICT technician with the fake's keys. */
export async function addConnectedXAccount(gp: TestGatepost, db: Database, ict: Api, fake: FakeX) {
  const accountId = await addAccount(gp, db, 'X', '@oakfield_primary');
  const connected = await ict('POST', `/api/accounts/${accountId}/credentials`, {
    credentials: { kind: 'oauth1', ...fake.keys.oauth1 },
  });
  if (connected.status !== 200)
    throw new Error(`connect X: ${connected.status} ${JSON.stringify(connected.body)}`);
  return accountId;
}

/** Drafted by staff, checked, approved by the officer; returns the draft id. */
export async function approvedDraft(
  staff: Api,
  officer: Api,
  accountId: string,
  text: string,
  schedule: { scheduledAt?: string; scheduledLocal?: string } = {},
): Promise<string> {
  const created = await staff('POST', '/api/drafts', { accountIds: [accountId], text, ...schedule });
  if (created.status !== 201) throw new Error(`draft: ${created.status} ${JSON.stringify(created.body)}`);
  await staff('POST', `/api/drafts/${created.body.id}/submit`);
  const ready = await waitForState(staff, created.body.id, ['AWAITING_APPROVAL']);
  const approved = await approve(officer, ready);
  if (approved.status !== 200)
    throw new Error(`approve: ${approved.status} ${JSON.stringify(approved.body)}`);
  return created.body.id;
}

/** What consent withdrawal after publication does to a draft (the consent log's job). */
export async function requestTakedown(db: Database, draftId: string) {
  await inTransaction(db.prisma, async (tx) => {
    const draft = await tx.draft.findUniqueOrThrow({ where: { id: draftId } });
    await changeState(tx, { draft, action: 'requestTakedown', actorId: null });
  });
}
