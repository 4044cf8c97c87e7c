import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InstagramAdapter } from '../../../services/adapters/platforms/instagram.ts';
import { type FakeGraph, startFakeGraph } from '../../fakes/fake-graph.ts';
import { testImage } from '../../fakes/images.ts';
import { failure, publishRequest as request } from './helpers.ts';

let fake: FakeGraph;

beforeAll(async () => {
  fake = await startFakeGraph();
});
afterAll(() => fake.close());
beforeEach(() => fake.faults.clear());

const adapter = (accessToken = fake.state.pageToken) =>
  new InstagramAdapter({
    credentials: { igUserId: fake.state.igUser.id, accessToken },
    baseUrl: fake.url,
    pollIntervalMs: 10,
  });

let photos = 0;
const photo = (alt: string) => testImage(alt, `https://media.oakfield.example/p/${++photos}.jpg`);

describe('publishing to Instagram', () => {
  it('publishes one photo with its caption and alt text and links to it', async () => {
    const image = photo('Children on the climbing frame');
    const post = await adapter().publish(request('Playground reopening', [image]));
    const media = fake.state.media.get(post.platformPostId);
    expect(media?.images).toEqual([{ url: image.publicUrl, altText: image.altText }]);
    expect(post.url).toBe(media?.permalink);
  });

  it('publishes several photos as one carousel, each with its alt text', async () => {
    const images = [photo('Choir on stage'), photo('Parents in the audience'), photo('The school band')];
    const post = await adapter().publish(request('Winter concert', images));
    expect(fake.state.media.get(post.platformPostId)?.images.map((i) => i.altText)).toEqual(
      images.map((i) => i.altText),
    );
  });

  it('refuses a post without a photo, in plain words, before calling Instagram', async () => {
    const before = fake.log.length;
    const error = await failure(adapter().publish(request('Text only', [])));
    expect(error.kind).toBe('rejected');
    expect(error.message).toMatch(/Instagram posts need at least one photo/);
    expect(fake.log.length).toBe(before);
  });

  it('stops at the 50-posts-a-day budget instead of failing at Instagram', async () => {
    const ig = adapter();
    fake.state.quotaUsage = fake.state.quotaTotal;
    const error = await failure(ig.publish(request('One too many', [photo('A photo')])));
    fake.state.quotaUsage = 0;
    expect(error.kind).toBe('rate_limited');
    expect(ig.rateLimit().remaining).toBe(0);
  });

  it('deletes a post', async () => {
    const ig = adapter();
    const post = await ig.publish(request('Posted in error', [photo('A photo')]));
    await ig.delete(post.platformPostId);
    expect(fake.state.media.has(post.platformPostId)).toBe(false);
    await expect(ig.delete(post.platformPostId)).resolves.toBeUndefined();
  });

  it('finds a post whose answer was lost, so the retry does not post twice', async () => {
    const ig = adapter();
    const since = new Date(Date.now() - 2000);
    const lost = request('Book fair this week', [photo('Books on a table')]);
    fake.faults.inject('POST /:id/media_publish', { kind: 'accept_then_drop' });
    expect((await failure(ig.publish(lost))).kind).toBe('transient');
    const count = fake.state.media.size;

    const post = (await ig.findExisting(lost, since)) ?? (await ig.publish(lost));
    expect(fake.state.media.get(post.platformPostId)?.caption).toBe(lost.text);
    expect(fake.state.media.size).toBe(count);
  });
});

describe('comments on Instagram', () => {
  it('lists comments, then only newer ones with the cursor', async () => {
    const ig = adapter();
    const post = await ig.publish(request('Science week', [photo('Volcano experiment')]));
    fake.state.addComment(post.platformPostId, 'proud_mum', 'So clever!');
    const first = await ig.listReplies([post.platformPostId]);
    expect(first.replies.map((r) => [r.authorHandle, r.text])).toEqual([['@proud_mum', 'So clever!']]);

    fake.state.addComment(post.platformPostId, 'uncle_dev', 'Amazing');
    const second = await ig.listReplies([post.platformPostId], first.cursor);
    expect(second.replies.map((r) => r.text)).toEqual(['Amazing']);
  });

  it('hides a comment on the account’s own post, and not on anyone else’s', async () => {
    const ig = adapter();
    const post = await ig.publish(request('Trip photos', [photo('On the coach')]));
    const comment = fake.state.addComment(post.platformPostId, 'spam_bot', 'buy followers');
    expect(await ig.setReplyHidden(comment.id, true, post.platformPostId)).toBe('hidden');
    expect(fake.state.comments.get(comment.id)?.hidden).toBe(true);

    const theirs = {
      ...fake.state.media.get(post.platformPostId)!,
      id: '17900000000000001',
      igUserId: '17841499999999999',
    };
    fake.state.media.set(theirs.id, theirs);
    const elsewhere = fake.state.addComment(theirs.id, 'someone', 'hello');
    const before = fake.log.filter((r) => r.route === 'POST /:id').length;
    expect(await ig.setReplyHidden(elsewhere.id, true, theirs.id)).toBe('not_allowed');
    expect(fake.log.filter((r) => r.route === 'POST /:id').length).toBe(before);
  });
});

describe('when Instagram says no', () => {
  it('an expired token becomes auth, in plain words', async () => {
    fake.faults.inject('POST /:id/media', { kind: 'expired_token' });
    const error = await failure(adapter().publish(request('Expired', [photo('A photo')])));
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(/^Instagram says the access token has expired or was revoked/);
  });

  it('a rate limit becomes rate_limited with the wait', async () => {
    fake.faults.inject('POST /:id/media_publish', { kind: 'rate_limited', resetInSeconds: 300 });
    const error = await failure(adapter().publish(request('Busy', [photo('A photo')])));
    expect([error.kind, error.retryAfterMs]).toEqual(['rate_limited', 300_000]);
  });

  it('a server error is transient', async () => {
    fake.faults.inject('POST /:id/media_publish', { kind: 'server_error' });
    expect((await failure(adapter().publish(request('Flaky', [photo('A photo')])))).kind).toBe('transient');
  });

  it('names the account', async () => {
    expect(await adapter().verifyCredentials()).toEqual({ handle: '@oakfield_primary' });
  });
});
