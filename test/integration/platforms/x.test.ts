import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { XAdapter } from '../../../services/adapters/platforms/x.ts';
import type { XCredentials } from '../../../services/adapters/platforms/x-credentials.ts';
import { type FakeX, startFakeX } from '../../fakes/fake-x.ts';
import { testImage } from '../../fakes/images.ts';
import { failure, publishRequest as request } from './helpers.ts';

let fake: FakeX;
let oauth1: XCredentials;

beforeAll(async () => {
  fake = await startFakeX();
  oauth1 = { kind: 'oauth1', ...fake.keys.oauth1 };
});
afterAll(() => fake.close());
beforeEach(() => fake.faults.clear());

const adapter = (credentials: XCredentials = oauth1, timeoutMs?: number) =>
  new XAdapter({ credentials, httpAgent: fake.agent, ...(timeoutMs ? { timeoutMs } : {}) });

describe('publishing to X', () => {
  it('posts text with OAuth 1.0a keys and links to the post on the school account', async () => {
    const post = await adapter().publish(request('Year 4 enjoyed their trip to the science museum'));
    const tweet = fake.state.tweets.get(post.platformPostId);
    expect(tweet?.authorId).toBe(fake.account.id);
    expect(post.url).toBe(`https://x.com/oakfield_primary/status/${post.platformPostId}`);
  });

  it('posts text with an OAuth 2.0 user token', async () => {
    const post = await adapter({ kind: 'oauth2', accessToken: fake.keys.bearer }).publish(
      request('Term dates are out'),
    );
    expect(fake.state.tweets.get(post.platformPostId)?.authorId).toBe(fake.account.id);
  });

  it('attaches the images with their alt text, in order', async () => {
    const images = [
      testImage('Pupils planting trees in the school garden'),
      testImage('A row of new saplings'),
    ];
    const post = await adapter().publish(request('Planting day', images));
    expect(fake.state.altTextsOf(post.platformPostId)).toEqual(images.map((i) => i.altText));
    const stored = fake.state.tweets
      .get(post.platformPostId)
      ?.mediaIds.map((id) => fake.state.media.get(id)?.bytes);
    expect(stored).toEqual(images.map((i) => i.bytes));
  });

  it('refuses more than four images before sending anything', async () => {
    const before = fake.log.length;
    const images = Array.from({ length: 5 }, (_, i) => testImage(`Photo ${i}`));
    const error = await failure(adapter().publish(request('Too many photos', images)));
    expect(error.kind).toBe('rejected');
    expect(fake.log.length).toBe(before);
  });

  it('deletes a post, and deleting it again is not an error', async () => {
    const x = adapter();
    const post = await x.publish(request('Posted by mistake'));
    await x.delete(post.platformPostId);
    expect(fake.state.tweets.has(post.platformPostId)).toBe(false);
    await expect(x.delete(post.platformPostId)).resolves.toBeUndefined();
  });
});

describe('a post whose answer was lost', () => {
  it('is found again, so the retry does not post it twice', async () => {
    const x = adapter();
    const since = new Date(Date.now() - 1000);
    const lost = request('Sports day & bake sale <3 details: https://oakfield.sch.uk/news', [
      testImage('Egg and spoon race'),
    ]);
    fake.faults.inject('POST /2/tweets', { kind: 'accept_then_drop' });

    expect((await failure(x.publish(lost))).kind).toBe('transient');
    const countAfterCrash = fake.state.tweetsBy(fake.account.id).length;

    // A blind retry would be refused by X as a duplicate; the worker asks first.
    expect((await failure(x.publish(lost))).kind).toBe('rejected');
    const post = (await x.findExisting(lost, since)) ?? (await x.publish(lost));
    expect(fake.state.tweets.get(post.platformPostId)?.submittedText).toBe(lost.text);
    expect(fake.state.tweetsBy(fake.account.id).length).toBe(countAfterCrash);
  });

  it('is not confused with an earlier post or a different one', async () => {
    const x = adapter();
    const old = request('Harvest festival thanks');
    await x.publish(old);
    expect(await x.findExisting(old, new Date(Date.now() + 60_000))).toBeNull();
    expect(await x.findExisting(request('Something never posted'), new Date(0))).toBeNull();
  });
});

describe('replies on X', () => {
  it('lists replies to the posts, then only newer ones with the cursor', async () => {
    const x = adapter();
    const post = await x.publish(request('Well done to our choir'));
    fake.state.addReply('proud_parent', post.platformPostId, 'Brilliant singing!');
    fake.state.addTweet({ authorId: fake.account.id, text: 'Thank you!', inReplyTo: post.platformPostId });

    const first = await x.listReplies([post.platformPostId]);
    expect(first.replies.map((r) => [r.authorHandle, r.text, r.inReplyToPostId])).toEqual([
      ['@proud_parent', 'Brilliant singing!', post.platformPostId],
    ]);

    fake.state.addReply('grandad_joe', post.platformPostId, 'Lovely to see');
    const second = await x.listReplies([post.platformPostId], first.cursor);
    expect(second.replies.map((r) => r.text)).toEqual(['Lovely to see']);
    const third = await x.listReplies([post.platformPostId], second.cursor);
    expect(third.replies).toEqual([]);
  });

  it('hides and unhides a reply in the account’s own conversation', async () => {
    const x = adapter();
    const post = await x.publish(request('Open evening tonight'));
    const reply = fake.state.addReply('troll_account', post.platformPostId, 'nasty words');
    expect(await x.setReplyHidden(reply.id, true, post.platformPostId)).toBe('hidden');
    expect(fake.state.tweets.get(reply.id)?.hidden).toBe(true);
    expect(await x.setReplyHidden(reply.id, false, post.platformPostId)).toBe('unhidden');
    expect(fake.state.tweets.get(reply.id)?.hidden).toBe(false);
  });

  it('does not ask X to hide a reply in someone else’s conversation', async () => {
    const other = fake.state.addUser('local_news');
    const theirs = fake.state.addTweet({ authorId: other.id, text: 'School news roundup' });
    const reply = fake.state.addReply('someone', theirs.id, 'a reply');
    const hideCalls = () => fake.log.filter((r) => r.route === 'PUT /2/tweets/:id/hidden').length;
    const before = hideCalls();
    expect(await adapter().setReplyHidden(reply.id, true, theirs.id)).toBe('not_allowed');
    expect(hideCalls()).toBe(before);
    expect(fake.state.tweets.get(reply.id)?.hidden).toBe(false);
  });
});

describe('when X says no', () => {
  it('a 429 becomes rate_limited with the wait X asked for', async () => {
    const x = adapter();
    fake.faults.inject('POST /2/tweets', { kind: 'rate_limited', resetInSeconds: 120 });
    const error = await failure(x.publish(request('Busy day')));
    expect(error.kind).toBe('rate_limited');
    expect(error.retryAfterMs).toBeGreaterThan(118_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(121_000);
    expect(x.rateLimit().remaining).toBe(0);
  });

  it('keeps the latest rate-limit state from X’s headers', async () => {
    const x = adapter();
    expect(x.rateLimit()).toEqual({ remaining: null, resetAt: null });
    await x.verifyCredentials();
    expect(x.rateLimit().remaining).toBeGreaterThan(0);
    expect(x.rateLimit().resetAt?.getTime()).toBeGreaterThan(Date.now());
  });

  it('an expired token becomes auth, in plain words', async () => {
    fake.faults.inject('POST /2/tweets', { kind: 'expired_token' });
    const error = await failure(adapter().publish(request('Expired')));
    expect(error.kind).toBe('auth');
    expect(error.message).toBe(
      'X says the access token has expired or was revoked — ask the ICT technician to reconnect the account',
    );
  });

  it('revoked or wrong keys are refused by X’s signature check', async () => {
    const wrong = { ...fake.keys.oauth1, accessSecret: 'not-the-secret' };
    expect((await failure(adapter({ kind: 'oauth1', ...wrong }).verifyCredentials())).kind).toBe('auth');
    expect(
      (await failure(adapter({ kind: 'oauth2', accessToken: 'revoked' }).verifyCredentials())).kind,
    ).toBe('auth');
  });

  it.each([
    ['a server error', { kind: 'server_error' } as const],
    ['a garbled answer', { kind: 'garbled' } as const],
  ])('%s is transient', async (_, fault) => {
    fake.faults.inject('POST /2/tweets', fault);
    expect((await failure(adapter().publish(request('Flaky')))).kind).toBe('transient');
  });

  it('a hung connection times out as transient', async () => {
    fake.faults.inject('GET /2/users/me', { kind: 'hang' });
    const started = Date.now();
    expect((await failure(adapter(oauth1, 300).verifyCredentials())).kind).toBe('transient');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('text over X’s limit is rejected, not retried', async () => {
    const error = await failure(adapter().publish(request('a'.repeat(300))));
    expect(error.kind).toBe('rejected');
  });
});
