// The development outbox (no SMTP configured): mail Gatepost would have sent, for the dashboard.
import { outboxEntry } from '../../adapters/mail/mailer.ts';
import { outboxFor } from '../../notices/outbox-view.ts';
import { route } from '../route.ts';

export const outboxRoutes = [
  route({
    method: 'get',
    path: '/api/outbox',
    summary: 'Mail written to the local outbox when no SMTP server is configured (404 with SMTP)',
    tag: 'mail',
    access: 'signed-in',
    response: outboxEntry.array(),
    handler: ({ services, actor }) => outboxFor(services, actor),
  }),
];
