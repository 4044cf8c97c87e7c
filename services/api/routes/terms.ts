// A school's terms of use (§2): read by everyone who drafts, written by the marketing officer.
import { listTermsVersions, setTerms, viewTerms } from '../../terms/set-terms.ts';
import { route } from '../route.ts';
import { termsBody, termsSchema } from '../terms-schemas.ts';

const tag = 'terms of use';

export const termsRoutes = [
  route({
    method: 'get',
    path: '/api/schools/:id/terms-of-use',
    summary: 'The school’s terms of use in force, with the rule numbers findings cite',
    tag,
    access: 'signed-in',
    response: termsSchema,
    handler: ({ services, actor, params }) => viewTerms(services, actor, params.id!),
  }),
  route({
    method: 'get',
    path: '/api/schools/:id/terms-of-use/versions',
    summary: 'Every version of the school’s terms of use, newest first',
    tag,
    access: 'signed-in',
    response: termsSchema.array(),
    handler: ({ services, actor, params }) => listTermsVersions(services, actor, params.id!),
  }),
  route({
    method: 'post',
    path: '/api/schools/:id/terms-of-use',
    summary:
      'Marketing officer: save a new version of the terms of use; drafts awaiting approval are checked again',
    tag,
    access: 'signed-in',
    status: 201,
    body: termsBody,
    response: termsSchema.extend({ recheckedDraftIds: termsSchema.shape.createdById.unwrap().array() }),
    handler: ({ services, actor, params, body }) => setTerms(services, actor, params.id!, body),
  }),
];
