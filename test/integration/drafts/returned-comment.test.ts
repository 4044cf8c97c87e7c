// When the marketing officer returns a post with a comment, or rejects it with a reason, the
// author sees the officer's own words on the post, with who said them and when, for as long as
// they stand: while the author edits it, and no longer once it is submitted again.
import { describe, expect, it } from 'vitest';
import { waitForState } from '../../support/gatepost.ts';
import { signedInGatepost } from '../../support/gatepost-for-file.ts';

const { gp, staff, officer } = signedInGatepost({ as: ['staff', 'officer'] });

async function awaitingApproval(text: string) {
  const created = await staff('POST', '/api/drafts', { accountIds: [gp.seeded.accountId], text });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  expect((await staff('POST', `/api/drafts/${id}/submit`)).status).toBe(202);
  await waitForState(staff, id, ['AWAITING_APPROVAL'], 60_000);
  return id;
}

const seenByAuthor = async (id: string) => {
  const response = await staff('GET', `/api/drafts/${id}`);
  expect(response.status).toBe(200);
  return response.body;
};

describe('the officer’s comment on a returned or rejected post', () => {
  it('is on the post for its author until they submit it again', async () => {
    const officerName = (await officer('GET', '/api/me')).body.name as string;
    const id = await awaitingApproval('Our Year 6 choir sings at the town hall on Thursday evening.');
    // Nothing to show before the officer has said anything.
    expect((await seenByAuthor(id)).returned).toBeNull();

    const comment = 'Please add the start time and say whether parents can come along.';
    const before = Date.now();
    const returned = await officer('POST', `/api/drafts/${id}/return`, { reason: comment });
    expect(returned.status).toBe(200);
    expect(returned.body.returned).toMatchObject({
      decision: 'return',
      reason: comment,
      byName: officerName,
    });

    const seen = await seenByAuthor(id);
    expect(seen.state).toBe('RETURNED');
    expect(seen.returned).toEqual({
      decision: 'return',
      reason: comment,
      by: expect.any(String),
      byName: officerName,
      at: expect.any(String),
    });
    expect(Date.parse(seen.returned.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(seen.returned.at)).toBeLessThanOrEqual(Date.now() + 1000);

    // Still there while the author works on the changes it asks for.
    const edited = await staff('PATCH', `/api/drafts/${id}`, {
      text: 'Our Year 6 choir sings at the town hall on Thursday at 6pm; parents are welcome.',
    });
    expect(edited.status).toBe(200);
    const whileEditing = await seenByAuthor(id);
    expect(whileEditing.state).toBe('DRAFT');
    expect(whileEditing.returned?.reason).toBe(comment);

    // Resubmitted: the comment has been answered and no longer stands, in checks or in the queue.
    expect((await staff('POST', `/api/drafts/${id}/submit`)).status).toBe(202);
    expect((await seenByAuthor(id)).returned).toBeNull();
    await waitForState(staff, id, ['AWAITING_APPROVAL'], 60_000);
    expect((await seenByAuthor(id)).returned).toBeNull();
    // The officer reviewing the new version does not see the old comment as standing either.
    expect((await officer('GET', `/api/drafts/${id}`)).body.returned).toBeNull();
  });

  it('shows a rejection’s reason to the author, and the newest decision when there were several', async () => {
    const id = await awaitingApproval('Reminder: the school library is open after school on Wednesdays.');
    const first = 'The library hours are changing next term; please check with the librarian.';
    expect((await officer('POST', `/api/drafts/${id}/return`, { reason: first })).status).toBe(200);
    expect((await staff('POST', `/api/drafts/${id}/submit`)).status).toBe(202);
    await waitForState(staff, id, ['AWAITING_APPROVAL'], 60_000);

    const reason = 'We announce library hours in the newsletter only, so this will not go out.';
    expect((await officer('POST', `/api/drafts/${id}/reject`, { reason })).status).toBe(200);
    const seen = await seenByAuthor(id);
    expect(seen.state).toBe('REJECTED');
    expect(seen.returned).toMatchObject({ decision: 'reject', reason });
  });

  it('is documented in the OpenAPI document for the single-draft view', async () => {
    const doc = (await staff('GET', '/api/openapi.json')).body;
    const draft = doc.paths['/api/drafts/{id}'].get.responses['200'].content['application/json'].schema;
    expect(JSON.stringify(draft)).toContain('"returned"');
    expect(JSON.stringify(draft)).toContain('byName');
  });
});
