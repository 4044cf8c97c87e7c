import { approveDraft } from '../../approvals/approve-draft.ts';
import { declineDraft } from '../../approvals/decline-draft.ts';
import { schoolsOf, schoolsWhere } from '../../domain/actor.ts';
import { createDraft } from '../../drafts/create-draft.ts';
import { loadDraftFor, mayView } from '../../drafts/draft-access.ts';
import { draftView } from '../../drafts/draft-view.ts';
import { draftWithComment } from '../../drafts/draft-with-comment.ts';
import { editDraft } from '../../drafts/edit-draft.ts';
import { submitDraft, withdrawDraft } from '../../drafts/submit-draft.ts';
import { listDrafts } from '../../repositories/drafts.ts';
import { route } from '../route.ts';
import {
  approveBody,
  draftListQuery,
  draftPatchBody,
  draftSchema,
  newDraftBody,
  reasonBody,
} from '../schemas.ts';

const tag = 'drafts';

const decline = (action: 'reject' | 'return', summary: string) =>
  route({
    method: 'post',
    path: `/api/drafts/:id/${action}`,
    summary,
    tag,
    access: 'signed-in',
    body: reasonBody,
    response: draftSchema,
    handler: ({ services, actor, params, body }) =>
      declineDraft(services, actor, params.id!, action, body.reason),
  });

export const draftRoutes = [
  route({
    method: 'post',
    path: '/api/drafts',
    summary: 'Create a draft for accounts the caller is authorised on',
    tag,
    access: 'signed-in',
    body: newDraftBody,
    response: draftSchema,
    status: 201,
    handler: ({ services, actor, body }) =>
      createDraft(services, actor, { ...body, scheduledAt: body.scheduledAt ?? null }),
  }),
  route({
    method: 'get',
    path: '/api/drafts',
    summary: 'Drafts the caller may see (their own; all of a school for officers and heads)',
    tag,
    access: 'signed-in',
    query: draftListQuery,
    response: draftSchema.array(),
    async handler({ services, actor, query }) {
      const drafts = await listDrafts(services.db, { schoolIds: schoolsOf(actor), ...query });
      const overseen = new Set(schoolsWhere(actor, 'seeAllDrafts'));
      return drafts.filter((d) => overseen.has(d.schoolId) || mayView(actor, d)).map(draftView);
    },
  }),
  route({
    method: 'get',
    path: '/api/drafts/:id',
    summary: 'One draft with its findings, approval, publications and any comment it was returned with',
    tag,
    access: 'signed-in',
    response: draftSchema,
    async handler({ services, actor, params }) {
      return draftWithComment(services.db, await loadDraftFor(services.db, actor, params.id!));
    },
  }),
  route({
    method: 'patch',
    path: '/api/drafts/:id',
    summary: 'Edit text, accounts or schedule; voids any approval',
    tag,
    access: 'signed-in',
    body: draftPatchBody,
    response: draftSchema,
    handler: ({ services, actor, params, body }) => editDraft(services, actor, params.id!, body),
  }),
  route({
    method: 'delete',
    path: '/api/drafts/:id',
    summary: 'Withdraw a draft that has not been published',
    tag,
    access: 'signed-in',
    response: draftSchema,
    handler: ({ services, actor, params }) => withdrawDraft(services, actor, params.id!),
  }),
  route({
    method: 'post',
    path: '/api/drafts/:id/submit',
    summary: 'Submit for checks; they run in workers',
    tag,
    access: 'signed-in',
    response: draftSchema,
    status: 202,
    handler: ({ services, actor, params }) => submitDraft(services, actor, params.id!),
  }),
  route({
    method: 'post',
    path: '/api/drafts/:id/approve',
    summary: 'Approve exactly the version with this contentHash, acknowledging its warnings',
    tag,
    access: 'signed-in',
    body: approveBody,
    response: draftSchema,
    handler: ({ services, actor, params, body }) => approveDraft(services, actor, params.id!, body),
  }),
  decline('reject', 'Reject: the draft will not be published'),
  decline('return', 'Return to the author with a comment to change and resubmit'),
];
