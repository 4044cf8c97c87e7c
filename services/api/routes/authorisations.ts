// Who may post to an account (§3), managed by the headteacher or a trust admin.
import { authoriseStaff, listAuthorisations, revokeStaff } from '../../accounts/staff-authorisation.ts';
import { recordTraining } from '../../accounts/training.ts';
import { notFound } from '../../domain/errors.ts';
import { authorisationSchema, authoriseBody, trainingBody, trainingSchema } from '../governance-schemas.ts';
import { route } from '../route.ts';
import { id } from '../schemas.ts';

const tag = 'accounts';

export const authorisationRoutes = [
  route({
    method: 'get',
    path: '/api/accounts/:id/authorisations',
    summary: 'Who is (and was) authorised to post to this account',
    tag,
    access: 'signed-in',
    response: authorisationSchema.array(),
    handler: ({ services, actor, params }) => listAuthorisations(services, actor, params.id!),
  }),
  route({
    method: 'post',
    path: '/api/accounts/:id/authorisations',
    summary:
      'Authorise a member of staff to post to this account, by userId or by their school email (headteacher, trust admin)',
    tag,
    access: 'signed-in',
    body: authoriseBody,
    response: authorisationSchema.array(),
    status: 201,
    handler: ({ services, actor, params, body }) =>
      authoriseStaff(
        services,
        actor,
        params.id!,
        body.email === undefined ? { userId: body.userId! } : { email: body.email },
        body.trainedAt,
      ),
  }),
  route({
    method: 'patch',
    path: '/api/accounts/:id/authorisations/:userId',
    summary: 'Record a person’s refreshed platform and policy training (marketing officer, headteacher)',
    tag,
    access: 'signed-in',
    body: trainingBody,
    response: trainingSchema,
    handler({ services, actor, params, body }) {
      if (!id.safeParse(params.userId).success) throw notFound('That person');
      return recordTraining(services, actor, params.id!, params.userId!, body.trainedAt);
    },
  }),
  route({
    method: 'delete',
    path: '/api/accounts/:id/authorisations/:userId',
    summary: 'Revoke a person’s authorisation; their approved drafts are held at publish time',
    tag,
    access: 'signed-in',
    response: authorisationSchema.array(),
    handler({ services, actor, params }) {
      if (!id.safeParse(params.userId).success) throw notFound('That person');
      return revokeStaff(services, actor, params.id!, params.userId!);
    },
  }),
];
