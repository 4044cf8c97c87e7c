// §5: the headteacher's actions on a repeat offender: the meeting held, and a block.
import { z } from 'zod';
import { notFound } from '../../domain/errors.ts';
import { blockOffender, recordMeeting } from '../../replies/offender-actions.ts';
import { route } from '../route.ts';
import { id } from '../schemas.ts';

const tag = 'replies';
const meetingBody = z.strictObject({
  heldAt: z.iso.date('Give the meeting date as YYYY-MM-DD.').transform((d) => new Date(`${d}T00:00:00Z`)),
  note: z
    .string()
    .trim()
    .min(1, 'Note what was agreed at the meeting.')
    .max(2000, 'Keep the note under 2,000 characters.'),
});
const offenderActionSchema = z.object({
  id,
  author: z.string(),
  meeting: z.object({ at: z.string(), note: z.string().nullable(), by: z.string().nullable() }).nullable(),
  block: z.object({ state: z.string(), at: z.string().nullable(), by: z.string().nullable() }).nullable(),
});

const offenderId = (value: string | undefined) => {
  if (!id.safeParse(value).success) throw notFound('That offender');
  return value!;
};

export const offenderActionRoutes = [
  route({
    method: 'post',
    path: '/api/offenders/:id/meeting',
    summary: 'Headteacher: record the meeting held with a repeat offender (e.g. a parent, §5); audited',
    tag,
    access: 'signed-in',
    body: meetingBody,
    response: offenderActionSchema,
    handler: ({ services, actor, params, body }) =>
      recordMeeting(services, actor, offenderId(params.id), { heldAt: body.heldAt, note: body.note }),
  }),
  route({
    method: 'post',
    path: '/api/offenders/:id/block',
    summary:
      'Headteacher: block the author on the platform where its API allows, else mark it to be blocked by hand; audited',
    tag,
    access: 'signed-in',
    response: offenderActionSchema,
    handler: ({ services, actor, params }) => blockOffender(services, actor, offenderId(params.id)),
  }),
];
