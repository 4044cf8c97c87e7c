// A follower waiting for the officer's vetting, as the follower poll would leave it.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../services/adapters/db/database.ts';
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
