// The officer returns a post with a comment from the review screen; its author finds the officer's
// words, with the officer's name, on the post and beside the editor while making the changes, and
// they are gone once the post is submitted again.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitForState } from '../support/gatepost.ts';
import { signedInGatepost } from '../support/gatepost-for-file.ts';
import { SCREENSHOTS } from './support/browser.ts';
import { dashboardInChromium, noSeriousViolations } from './support/sign-in.ts';

const { gp, staff: staffApi, officer: officerApi } = signedInGatepost({ as: ['staff', 'officer'] });
const { problems, signIn } = dashboardInChromium(gp);

describe('a post returned with a comment', () => {
  it('shows the author the officer’s words until they resubmit', async () => {
    const created = await staffApi('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: 'Our Year 3 class visited the farm today and met the lambs.',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await staffApi('POST', `/api/drafts/${id}/submit`)).status).toBe(202);
    await waitForState(staffApi, id, ['AWAITING_APPROVAL'], 60_000);
    const officerName = (await officerApi('GET', '/api/me')).body.name as string;

    const comment = 'Lovely! Please say which farm it was and thank the farmer by name.';
    const officer = await signIn('officer');
    await officer.goto(`${gp.url}/drafts/${id}`);
    await officer.getByLabel('Comment for the author').fill(comment);
    await officer.getByRole('button', { name: /Return with comment/ }).click();
    await officer.getByRole('region', { name: 'Returned by you' }).waitFor();

    const staff = await signIn('staff');
    await staff.goto(`${gp.url}/drafts/${id}`);
    const onPost = staff.getByRole('region', { name: `Returned by ${officerName}` });
    await onPost.waitFor();
    expect(await onPost.locator('blockquote').textContent()).toBe(comment);
    expect(await onPost.textContent()).toContain('(UK time)');
    await noSeriousViolations(staff, 'post-returned');
    await staff.screenshot({ path: path.join(SCREENSHOTS, 'post-returned.png'), fullPage: true });

    await staff.getByRole('link', { name: 'Edit', exact: true }).click();
    await staff.getByRole('heading', { name: 'Edit post' }).waitFor();
    const inEditor = staff.getByRole('region', { name: `Returned by ${officerName}` });
    await inEditor.waitFor();
    expect(await inEditor.locator('blockquote').textContent()).toBe(comment);

    await staff
      .getByLabel('Post text')
      .fill('Our Year 3 class visited the city farm today and met the lambs. Thank you to everyone there!');
    await staff.getByRole('button', { name: 'Submit for approval' }).click();
    await staff.waitForURL(`${gp.url}/drafts/${id}`);
    await waitForState(staffApi, id, ['AWAITING_APPROVAL'], 60_000);
    await staff.reload();
    await staff.getByRole('heading', { name: 'Your post' }).waitFor();
    await staff.getByText('Waiting for the marketing officer to approve it.').waitFor();
    expect(await staff.getByRole('region', { name: /^Returned by/ }).count()).toBe(0);
    expect(await staff.getByText(comment).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
