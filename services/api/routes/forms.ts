// The policy's forms (Appendices A–C): request, take a step, read, print.
import { z } from 'zod';
import { formRecordHtml } from '../../forms/form-record.ts';
import { formFor, formView, listForms, requestForm, takeStep } from '../../forms/policy-form.ts';
import { findSchool } from '../../repositories/schools.ts';
import { route } from '../route.ts';
import { id } from '../schemas.ts';

const tag = 'forms';

const kind = z.enum(['SITE_CREATION', 'ACCESS_REQUEST', 'CONTENT_REPORT'], {
  message:
    'kind must be SITE_CREATION (Appendix C), ACCESS_REQUEST (Appendix A) or CONTENT_REPORT (Appendix B).',
});

const formBody = z.strictObject({ kind, schoolId: id, fields: z.record(z.string(), z.unknown()) });

const stepBody = z.strictObject({
  action: z.string().trim().min(1, 'Say which step to take, e.g. "approve".').max(50),
  reason: z.string().trim().max(4000).optional(),
  details: z.string().trim().max(4000).optional(),
});

const formSchema = z.object({
  id,
  kind,
  title: z.string(),
  schoolId: id,
  state: z.string(),
  requesterId: id,
  requesterName: z.string(),
  fields: z.record(z.string(), z.unknown()),
  accountId: z.string().nullable(),
  createdAt: z.string(),
  nextSteps: z.array(z.string()),
  steps: z.array(
    z.object({
      action: z.string(),
      from: z.string(),
      to: z.string(),
      byId: z.string(),
      byName: z.string(),
      reason: z.string().nullable(),
      details: z.string().nullable(),
      at: z.string(),
    }),
  ),
});

export const formRoutes = [
  route({
    method: 'post',
    path: '/api/forms',
    summary: 'Submit a policy form: SITE_CREATION (Appendix C), ACCESS_REQUEST (A) or CONTENT_REPORT (B)',
    tag,
    access: 'signed-in',
    body: formBody,
    response: formSchema,
    status: 201,
    handler: ({ services, actor, body }) => requestForm(services, actor, body),
  }),
  route({
    method: 'get',
    path: '/api/forms',
    summary: 'Forms the caller requested or acts on, newest first',
    tag,
    access: 'signed-in',
    query: z.object({ kind: kind.optional() }),
    response: formSchema.array(),
    handler: ({ services, actor, query }) => listForms(services, actor, query.kind),
  }),
  route({
    method: 'get',
    path: '/api/forms/:id',
    summary: 'One form with every step taken',
    tag,
    access: 'signed-in',
    response: formSchema,
    handler: async ({ services, actor, params }) =>
      formView(services.db, await formFor(services, actor, params.id!)),
  }),
  route({
    method: 'post',
    path: '/api/forms/:id/steps',
    summary: 'Take the next step (approve, reject, review, refuse, recordAction…) with reasons where asked',
    tag,
    access: 'signed-in',
    body: stepBody,
    response: formSchema,
    handler: ({ services, actor, params, body }) => takeStep(services, actor, params.id!, body),
  }),
  route({
    method: 'get',
    path: '/api/forms/:id/record',
    summary: 'The printable record of a form (plain HTML, no script)',
    tag,
    access: 'signed-in',
    async handler({ services, actor, params, res }) {
      const form = await formView(services.db, await formFor(services, actor, params.id!));
      const school = await findSchool(services.db, form.schoolId);
      res.type('html').send(formRecordHtml(form, school?.name ?? ''));
      return undefined;
    },
  }),
];
