// Personal API tokens: `Authorization: Bearer …` for scripts, instead of a session cookie.
import { createToken, listTokens, revokeToken } from '../../auth/api-tokens.ts';
import { apiTokenSchema, newTokenBody, newTokenSchema } from '../governance-schemas.ts';
import { route } from '../route.ts';

const tag = 'session';

export const tokenRoutes = [
  route({
    method: 'get',
    path: '/api/tokens',
    summary: 'The caller’s personal API tokens (never the secrets)',
    tag,
    access: 'signed-in',
    response: apiTokenSchema.array(),
    handler: ({ services, actor }) => listTokens(services, actor),
  }),
  route({
    method: 'post',
    path: '/api/tokens',
    summary: 'Create a personal API token; the secret is shown in this response only',
    tag,
    access: 'signed-in',
    body: newTokenBody,
    response: newTokenSchema,
    status: 201,
    handler: ({ services, actor, body }) => createToken(services, actor, body.name),
  }),
  route({
    method: 'delete',
    path: '/api/tokens/:id',
    summary: 'Revoke one of the caller’s API tokens',
    tag,
    access: 'signed-in',
    response: apiTokenSchema.array(),
    handler: ({ services, actor, params }) => revokeToken(services, actor, params.id!),
  }),
];
