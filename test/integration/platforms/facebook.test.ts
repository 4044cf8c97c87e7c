import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FacebookPageAdapter } from '../../../services/adapters/platforms/facebook.ts';
import { type FakeGraph, startFakeGraph } from '../../fakes/fake-graph.ts';
import { testImage } from '../../fakes/images.ts';
import { failure, publishRequest as request } from './helpers.ts';

let fake: FakeGraph;

beforeAll(async () => {
  fake = await startFakeGraph();
});
afterAll(() => fake.close());
beforeEach(() => fake.faults.clear());

const adapter = (pageAccessToken = fake.state.pageToken, timeoutMs?: number) =>
  new FacebookPageAdapter({
    credentials: { pageId: fake.state.page.id, pageAccessToken },
    baseUrl: fake.url,
    ...(timeoutMs ? { timeoutMs } : {}),
  });

describe('publishing to a Facebook Page', () => {
  it('posts text to the Page feed', async () => {
    const post = await adapter().publish(request('Reminder: school closes at 1pm on Friday'));
    expect(fake.state.posts.get(post.platformPostId)).toMatchObject({ pageId: fake.state.page.id });
    expect(post.url).toBe(`https://www.facebook.com/${post.platformPostId}`);
  });

  it('posts several photos in one post, each with its alt text', async () => {
    const images = [testImage('Reception class reading together'), testImage('The new library shelves')];
    const post = await adapter().publish(request('Our new library is open', images));
    expect(fake.state.altTextsOfPost(post.platformPostId)).toEqual(images.map((i) => i.altText));
    const bytes = fake.state.posts
      .get(post.platformPostId)
      ?.photoIds.map((id) => fake.state.photos.get(id)?.bytes);
    expect(bytes).toEqual(images.map((i) => i.bytes));
  });

  it('deletes a post, and deleting it again is not an error', async () => {
    const fb = adapter();
    const post = await fb.publish(request('Wrong date, sorry'));
    await fb.delete(post.platformPostId);
    expect(fake.state.posts.has(post.platformPostId)).toBe(false);
    await expect(fb.delete(post.platformPostId)).resolves.toBeUndefined();
  });

  it('finds a post whose answer was lost, so the retry does not post twice', async () => {
    const fb = adapter();
    const since = new Date(Date.now() - 2000);
    const lost = request('Parents evening bookings are open & close Friday', [testImage('The school hall')]);
    fake.faults.inject('POST /:id/feed', { kind: 'accept_then_drop' });
    expect((await failure(fb.publish(lost))).kind).toBe('transient');
    const count = fake.state.posts.size;

    const post = (await fb.findExisting(lost, since)) ?? (await fb.publish(lost));
    expect(fake.state.posts.get(post.platformPostId)?.message).toBe(lost.text);
    expect(fake.state.posts.size).toBe(count);
    expect(await fb.findExisting(request('Never posted'), since)).toBeNull();
  });
});

describe('comments on the Page', () => {
  it('lists comments, then only newer ones with the cursor', async () => {
    const fb = adapter();
    const post = await fb.publish(request('Well done to the football team'));
    fake.state.addComment(post.platformPostId, 'Sam Parent', 'Great result!');
    const first = await fb.listReplies([post.platformPostId]);
    expect(first.replies.map((r) => [r.authorHandle, r.text, r.inReplyToPostId])).toEqual([
      ['Sam Parent', 'Great result!', post.platformPostId],
    ]);

    fake.state.addComment(post.platformPostId, 'Alex Carer', 'Proud of them');
    const second = await fb.listReplies([post.platformPostId], first.cursor);
    expect(second.replies.map((r) => r.text)).toEqual(['Proud of them']);
    expect((await fb.listReplies([post.platformPostId], second.cursor)).replies).toEqual([]);
  });

  it('hides a comment on the Page’s own post', async () => {
    const fb = adapter();
    const post = await fb.publish(request('Sports day photos coming soon'));
    const comment = fake.state.addComment(post.platformPostId, 'Troll', 'rude words');
    expect(await fb.setReplyHidden(comment.id, true, post.platformPostId)).toBe('hidden');
    expect(fake.state.comments.get(comment.id)?.hidden).toBe(true);
    expect(await fb.setReplyHidden(comment.id, false, post.platformPostId)).toBe('unhidden');
    expect(fake.state.comments.get(comment.id)?.hidden).toBe(false);
  });

  it('reports not_allowed for a comment on another Page’s post, without trying', async () => {
    const theirs = fake.state.addPost(fake.state.otherPage.id, 'Local news');
    const comment = fake.state.addComment(theirs.id, 'Someone', 'a comment');
    const before = fake.log.filter((r) => r.route === 'POST /:id').length;
    expect(await adapter().setReplyHidden(comment.id, true, theirs.id)).toBe('not_allowed');
    expect(fake.log.filter((r) => r.route === 'POST /:id').length).toBe(before);
  });
});

describe('when Facebook says no', () => {
  it('a rate limit becomes rate_limited with Meta’s estimated wait', async () => {
    const fb = adapter();
    fake.faults.inject('POST /:id/feed', { kind: 'rate_limited', resetInSeconds: 120 });
    const error = await failure(fb.publish(request('Busy')));
    expect(error.kind).toBe('rate_limited');
    expect(error.retryAfterMs).toBe(120_000);
    expect(fb.rateLimit().remaining).toBe(0);
  });

  it('an expired token becomes auth, in plain words', async () => {
    fake.faults.inject('POST /:id/feed', { kind: 'expired_token' });
    const error = await failure(adapter().publish(request('Expired')));
    expect(error.kind).toBe('auth');
    expect(error.message).toBe(
      'Facebook says the access token has expired or was revoked — ask the ICT technician to reconnect the account',
    );
    expect((await failure(adapter('revoked-token').verifyCredentials())).kind).toBe('auth');
  });

  it.each([
    ['a server error', { kind: 'server_error' } as const],
    ['a garbled answer', { kind: 'garbled' } as const],
    ['a hung connection', { kind: 'hang' } as const],
  ])('%s is transient', async (_, fault) => {
    fake.faults.inject('POST /:id/feed', fault);
    expect((await failure(adapter(fake.state.pageToken, 300).publish(request('Flaky')))).kind).toBe(
      'transient',
    );
  });

  it('reports the Page name and Meta’s usage', async () => {
    const fb = adapter();
    expect(await fb.verifyCredentials()).toEqual({ handle: 'Oakfield Primary School' });
    expect(fb.rateLimit().remaining).toBeGreaterThan(0);
  });
});
