// Followers for tests: one waiting for the officer's vetting as the poll would leave it, and
// people following the school on the fake X.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../services/adapters/db/database.ts';
import type { FakeX } from '../fakes/fake-x.ts';
import type { SchoolFixture } from './schools.ts';

export const makeFollower = (db: Database, school: SchoolFixture, isRequest = false) =>
  db.prisma.follower.create({
    data: {
      accountId: school.accountId,
      platformUserId: randomUUID(),
      handle: '@new_follower',
      displayName: 'New Follower',
      isRequest,
    },
  });

/** A local business and a days-old account named like ameliaHughes, following the school on X. */
export function followersOnX(fake: FakeX): void {
  fake.state.addFollower(fake.account.id, 'oakfield_bakery', {
    name: 'Oakfield Bakery',
    description: 'Fresh bread daily on the high street.',
    createdAt: new Date('2014-03-02T10:00:00Z'),
  });
  fake.state.addFollower(fake.account.id, 'amelia_hughes09', {
    name: 'Amelia 🌸',
    description: 'year 4 🦄 netball',
    createdAt: new Date(Date.now() - 6 * 86_400_000),
  });
}
