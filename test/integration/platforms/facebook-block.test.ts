// §5: a Facebook Page blocks a repeat offender through the Graph API's Page "blocked" edge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FacebookPageAdapter } from '../../../services/adapters/platforms/facebook.ts';
import { type FakeGraph, startFakeGraph } from '../../fakes/fake-graph.ts';
import { failure } from './helpers.ts';

let fake: FakeGraph;

beforeAll(async () => {
  fake = await startFakeGraph();
});
afterAll(() => fake.close());

const adapter = (pageAccessToken = fake.state.pageToken) =>
  new FacebookPageAdapter({
    credentials: { pageId: fake.state.page.id, pageAccessToken },
    baseUrl: fake.url,
  });

describe('blocking on a Facebook Page', () => {
  it('blocks the comment author from the Page', async () => {
    const comment = fake.state.addComment(`${fake.state.page.id}_1`, 'A parent', 'Rude words');
    expect(await adapter().blockAuthor(comment.fromId)).toBe('blocked');
    expect(fake.state.blocked.get(fake.state.page.id)).toEqual(new Set([comment.fromId]));
  });

  it('reports a refused token as a platform error, blocking nobody', async () => {
    const error = await failure(adapter('EAAGnot-a-token').blockAuthor('12345'));
    expect(error.kind).toBe('auth');
    expect(fake.state.blocked.get(fake.state.page.id)?.has('12345')).toBeFalsy();
  });
});
