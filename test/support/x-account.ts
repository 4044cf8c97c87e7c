// A school X account connected the way the ICT technician does it (credentials checked with
// the fake X, then sealed), with staff and officer authorised to post on it.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { FakeX } from '../fakes/fake-x.ts';
import type { Api, TestGatepost } from './gatepost.ts';

/** Settings that send a process's X traffic (API or worker) to the fake, TLS still checked. */
export function fakeXEnv(fake: FakeX, dir = '/tmp'): Record<string, string> {
  const caFile = `${dir}/gatepost-fake-x-${randomUUID()}.pem`;
  writeFileSync(caFile, fake.certificate);
  return { GATEPOST_X_CONNECT_TO: fake.address, GATEPOST_X_CA_FILE: caFile };
}

export async function connectedXAccount(gp: TestGatepost, fake: FakeX, ict: Api): Promise<string> {
  const id = randomUUID();
  await gp.db.sql(
    `INSERT INTO "Account" (id, "schoolId", platform, handle, status) VALUES ($1, $2, 'X', $3, 'ACTIVE')`,
    [id, gp.seeded.schoolId, `@${fake.account.username}`],
  );
  await gp.db.sql(
    `INSERT INTO "AccountAuthorisation" (id, "accountId", "userId")
     SELECT gen_random_uuid(), $1, id FROM "User" WHERE email IN ('staff@demo.gatepost.test', 'officer@demo.gatepost.test')`,
    [id],
  );
  const res = await ict('POST', `/api/accounts/${id}/credentials`, {
    credentials: { kind: 'oauth1', ...fake.keys.oauth1 },
  });
  if (res.status !== 200) throw new Error(`connect X: ${res.status} ${JSON.stringify(res.body)}`);
  return id;
}
