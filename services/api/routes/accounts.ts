import { schoolsOf } from '../../domain/actor.ts';
import { accountsOfSchools, authorisedAccountIds } from '../../repositories/accounts.ts';
import { route } from '../route.ts';
import { accountSchema } from '../schemas.ts';

export const accountRoutes = [
  route({
    method: 'get',
    path: '/api/accounts',
    summary: 'Accounts of the caller’s schools, with whether the caller may post to each',
    tag: 'accounts',
    access: 'signed-in',
    response: accountSchema.array(),
    async handler({ services, actor }) {
      const [accounts, authorised] = await Promise.all([
        accountsOfSchools(services.db, schoolsOf(actor)),
        authorisedAccountIds(services.db, actor.userId),
      ]);
      return accounts.map((a) => ({
        id: a.id,
        schoolId: a.schoolId,
        platform: a.platform.toLowerCase(),
        handle: a.handle,
        status: a.status,
        mayPost: authorised.has(a.id),
      }));
    },
  }),
];
