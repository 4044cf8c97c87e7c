import { previewTextFindings } from '../../checks/preview-text.ts';
import { route } from '../route.ts';
import { findingSchema, textCheckBody } from '../schemas.ts';

export const checkRoutes = [
  route({
    method: 'post',
    path: '/api/checks/text',
    summary: 'Check text as it is typed, for the chosen accounts; saves nothing',
    tag: 'checks',
    access: 'signed-in',
    body: textCheckBody,
    response: findingSchema.array(),
    handler: ({ services, actor, body }) => previewTextFindings(services, actor, body),
  }),
];
