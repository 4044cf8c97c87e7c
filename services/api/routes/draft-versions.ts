import { draftVersions } from '../../drafts/draft-versions.ts';
import { route } from '../route.ts';
import { draftVersionsSchema } from '../version-schemas.ts';

export const draftVersionRoutes = [
  route({
    method: 'get',
    path: '/api/drafts/:id/versions',
    summary: 'Each submitted version of a draft, and what changed since the version before',
    tag: 'drafts',
    access: 'signed-in',
    response: draftVersionsSchema,
    handler: ({ services, actor, params }) => draftVersions(services, actor, params.id!),
  }),
];
