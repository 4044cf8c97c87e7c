// Replies on X through the real twitter-api-v2 client against the fake X server: the worker's
// poll → classify → hide path, a 429 in the middle of polling, and a worker restart.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { XAdapter } from '../../../services/adapters/platforms/x.ts';
import type { XCredentials } from '../../../services/adapters/platforms/x-credentials.ts';
import { bootstrap, type Runtime } from '../../../services/bootstrap.ts';
import { parseConfig } from '../../../services/config.ts';
import type { Services } from '../../../services/context.ts';
import { seedDemo } from '../../../services/demo/seed-demo.ts';
import type { Account } from '../../../services/generated/prisma/client.ts';
import { classifyReplies } from '../../../services/replies/classify-replies.ts';
import { pollReplies } from '../../../services/replies/poll-replies.ts';
import { storeReplies } from '../../../services/repositories/replies.ts';
import { type RunningWorkers, runWorkers } from '../../../workers/run-workers.ts';
import { type FakeX, startFakeX } from '../../fakes/fake-x.ts';
import { createTestDatabase, type TestDatabase } from '../../support/database.ts';
import { PASSWORD, REDIS_URL } from '../../support/gatepost.ts';
import { until } from '../../support/replies.ts';

let fake: FakeX;
let database: TestDatabase;
let runtime: Runtime;
let services: Services;
let account: Account;
let postId: string;
const prefix = `gptest-${randomBytes(4).toString('hex')}`;
const secretKey = randomBytes(32).toString('base64');

/** The product's services, with X accounts reaching the fake through the real X adapter. */
async function start(): Promise<Runtime> {
  const config = parseConfig({
    DATABASE_URL: database.url,
    REDIS_URL,
    GATEPOST_QUEUE_PREFIX: prefix,
    GATEPOST_DATA_DIR: `/tmp/${prefix}`,
    GATEPOST_SWEEP_INTERVAL_MS: '500',
    LOG_LEVEL: 'silent',
    GATEPOST_SECRET_KEY: secretKey,
  });
  runtime = await bootstrap(config, { migrate: true });
  const credentials: XCredentials = { kind: 'oauth1', ...fake.keys.oauth1 };
  const sandbox = runtime.services.platforms;
  services = {
    ...runtime.services,
    platforms: {
      adapterFor: (a) =>
        a.platform === 'X' ? new XAdapter({ credentials, httpAgent: fake.agent }) : sandbox.adapterFor(a),
    },
  };
  return runtime;
}

const stored = () =>
  services.db.reply.findMany({ where: { accountId: account.id }, orderBy: { seq: 'asc' } });
const hideCalls = () => fake.log.filter((r) => r.route === 'PUT /2/tweets/:id/hidden');

beforeAll(async () => {
  fake = await startFakeX();
  database = await createTestDatabase();
  await start();
  const seeded = await seedDemo(services.db, { password: PASSWORD });
  account = await services.db.account.create({
    data: { schoolId: seeded.schoolId, platform: 'X', handle: '@oakfield_primary', status: 'ACTIVE' },
  });
  const tweet = fake.state.addTweet({ authorId: fake.account.id, text: 'Well done to our choir!' });
  postId = tweet.id;
  const draft = await services.db.draft.create({
    data: {
      schoolId: seeded.schoolId,
      authorId: seeded.userIds.staff!,
      state: 'PUBLISHED',
      text: tweet.text,
      contentHash: 'h',
    },
  });
  await services.db.publication.create({
    data: {
      draftId: draft.id,
      accountId: account.id,
      state: 'PUBLISHED',
      platformPostId: postId,
      publishedAt: new Date(),
    },
  });
}, 60_000);
afterAll(async () => {
  await runtime?.close();
  await database?.drop();
  await fake?.close();
});
beforeEach(() => fake.faults.clear());

describe('polling X for replies', () => {
  it('a 429 plans the next poll after X’s reset and loses nothing; the next poll stores each reply once', async () => {
    fake.state.addReply('proud_parent', postId, 'Brilliant singing!');
    fake.state.addReply('grandad_joe', postId, 'Lovely to see');
    fake.faults.inject('GET /2/tweets/search/recent', { kind: 'rate_limited', resetInSeconds: 90 });

    expect(await pollReplies(services, account.id)).toMatchObject({ stored: 0, rateLimited: true });
    const planned = await services.db.replyPoll.findUniqueOrThrow({ where: { accountId: account.id } });
    expect(planned.nextPollAt.getTime() - Date.now()).toBeGreaterThan(85_000);
    expect(planned).toMatchObject({ cursor: null, failures: 1 });

    expect(await pollReplies(services, account.id)).toEqual({ stored: 2 });
    expect(await pollReplies(services, account.id)).toEqual({ stored: 0 });
    expect((await stored()).map((r) => r.text).sort()).toEqual(['Brilliant singing!', 'Lovely to see']);
    const after = await services.db.replyPoll.findUniqueOrThrow({ where: { accountId: account.id } });
    expect(after).toMatchObject({ failures: 0, lastError: null });
    expect(after.cursor).not.toBeNull();
  });
});

describe('hiding on X', () => {
  it('hides an abusive reply in the account’s own conversation through the worker', async () => {
    const workers = await runWorkers(services);
    try {
      const troll = fake.state.addReply('troll_account', postId, 'You are a useless idiot');
      await services.db.replyPoll.update({
        where: { accountId: account.id },
        data: { nextPollAt: new Date() },
      });
      const reply = await until('the hide', async () => {
        const row = await services.db.reply.findFirst({ where: { platformReplyId: troll.id } });
        return row && row.moderation !== 'hide_pending' && row.classifiedAt ? row : undefined;
      });
      expect(fake.state.tweets.get(troll.id)?.hidden).toBe(true);
      expect(reply).toMatchObject({ hidden: true, moderation: 'hidden' });
      expect(hideCalls().map((c) => c.path)).toEqual([`/2/tweets/${troll.id}/hidden`]);
    } finally {
      await workers.close();
    }
  });

  it('does not ask X to hide a reply in a thread the school did not start: the officer hides it by hand', async () => {
    // The school answered under the local paper's post; abuse in that thread is not theirs to hide.
    const news = fake.state.addTweet({
      authorId: fake.state.addUser('local_news').id,
      text: 'School news roundup',
    });
    const rude = fake.state.addReply('troll_two', news.id, 'You lot are useless idiots');
    const before = hideCalls().length;
    await storeReplies(services.db, account, [
      {
        platformReplyId: rude.id,
        inReplyToPostId: news.id,
        authorHandle: '@troll_two',
        authorId: rude.authorId,
        text: rude.text,
        createdAt: rude.createdAt,
      },
    ]);
    await classifyReplies(services, account.id);
    const reply = await services.db.reply.findFirstOrThrow({ where: { platformReplyId: rude.id } });
    expect(reply).toMatchObject({ hidden: false, moderation: 'hide_by_hand' });
    expect(hideCalls().length).toBe(before);
    expect(fake.state.tweets.get(rude.id)?.hidden).toBe(false);
    const entry = await services.db.abuseLogEntry.findUniqueOrThrow({ where: { replyId: reply.id } });
    expect(entry).toMatchObject({ action: 'hide_by_hand', text: 'You lot are useless idiots' });
  });
  it('two jobs reaching the same waiting replies ask X once per reply and audit each hide once', async () => {
    const trolls = Array.from({ length: 12 }, (_, i) =>
      fake.state.addReply(`troll_${i}`, postId, `You are a useless idiot ${i}`),
    );
    await storeReplies(
      services.db,
      account,
      trolls.map((t) => ({
        platformReplyId: t.id,
        inReplyToPostId: postId,
        authorHandle: `@${t.authorId}`,
        authorId: t.authorId,
        text: t.text,
        createdAt: t.createdAt,
      })),
    );
    const platformIds = trolls.map((t) => t.id);
    // As a classify job leaves them when its hides did not run (X was busy, the worker stopped).
    await services.db.reply.updateMany({
      where: { platformReplyId: { in: platformIds } },
      data: { classifiedAt: new Date(), labels: ['abusive'], moderation: 'hide_pending' },
    });
    const before = hideCalls().length;
    // A page's classify job and the sweep's, at the same moment.
    await Promise.all([classifyReplies(services, account.id), classifyReplies(services, account.id)]);

    const asked = hideCalls()
      .slice(before)
      .map((c) => c.path);
    expect(asked.sort()).toEqual(platformIds.map((id) => `/2/tweets/${id}/hidden`).sort());
    const replies = await services.db.reply.findMany({ where: { platformReplyId: { in: platformIds } } });
    expect(replies.map((r) => r.moderation)).toEqual(platformIds.map(() => 'hidden'));
    const audited = await services.db.auditEvent.findMany({
      where: { action: 'reply.hidden', subjectId: { in: replies.map((r) => r.id) } },
    });
    expect(audited).toHaveLength(platformIds.length);
  });
  it('X hiding a reply but never answering does not hold the job: the reply stays waiting, then is recorded hidden once', async () => {
    const troll = fake.state.addReply('troll_slow', postId, 'You are a useless idiot, slowly');
    await storeReplies(services.db, account, [
      {
        platformReplyId: troll.id,
        inReplyToPostId: postId,
        authorHandle: '@troll_slow',
        authorId: troll.authorId,
        text: troll.text,
        createdAt: troll.createdAt,
      },
    ]);
    fake.faults.inject('PUT /2/tweets/:id/hidden', { kind: 'accept_then_hang' });
    const started = Date.now();
    await classifyReplies(services, account.id);
    // Given up well before the page's transaction would time out (20 s) or X's client would (30 s).
    expect(Date.now() - started).toBeLessThan(18_000);
    const waiting = await services.db.reply.findFirstOrThrow({ where: { platformReplyId: troll.id } });
    expect(waiting.moderation).toBe('hide_pending');

    await classifyReplies(services, account.id);
    const hidden = await services.db.reply.findFirstOrThrow({ where: { platformReplyId: troll.id } });
    expect(hidden).toMatchObject({ moderation: 'hidden', hidden: true });
    expect(fake.state.tweets.get(troll.id)?.hidden).toBe(true);
    const audited = await services.db.auditEvent.findMany({
      where: { action: 'reply.hidden', subjectId: hidden.id },
    });
    expect(audited).toHaveLength(1);
  }, 40_000);
});

describe('a worker restart', () => {
  it('carries on from the stored cursor: no reply missed, none stored twice', async () => {
    let workers: RunningWorkers = await runWorkers(services);
    fake.state.addReply('parent_a', postId, 'Before the restart');
    await services.db.replyPoll.update({
      where: { accountId: account.id },
      data: { nextPollAt: new Date() },
    });
    await until('the first reply', async () =>
      (await stored()).some((r) => r.text === 'Before the restart') ? true : undefined,
    );
    const cursor = (await services.db.replyPoll.findUniqueOrThrow({ where: { accountId: account.id } }))
      .cursor;
    await workers.close();
    await runtime.close();

    fake.state.addReply('parent_b', postId, 'While the worker was down');
    await start();
    workers = await runWorkers(services);
    try {
      await services.db.replyPoll.update({
        where: { accountId: account.id },
        data: { nextPollAt: new Date() },
      });
      await until('the reply from the downtime', async () =>
        (await stored()).some((r) => r.text === 'While the worker was down') ? true : undefined,
      );
      // The new process asked X only for what came after the stored cursor: one reply, not all of them.
      const poll = await services.db.replyPoll.findUniqueOrThrow({ where: { accountId: account.id } });
      expect(poll.lastFound).toBe(1);
      expect(poll.cursor).not.toBe(cursor);
      const texts = (await stored()).map((r) => r.text);
      expect(texts.filter((t) => t === 'Before the restart')).toHaveLength(1);
      expect(new Set(texts).size).toBe(texts.length);
    } finally {
      await workers.close();
    }
  });
});
