// Sends a hostile image set through the real upload route and says what became of each: the
// answer, and for an accepted photo what the media-scan worker made of it. Shared by the test
// (short form) and bench/hostile-images.ts (long form).
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { inParallel } from '../../bench/lib/stats.ts';
import type { Api, TestGatepost } from './gatepost.ts';
import type { HostileImage, HostileKind } from './hostile-image-set.ts';

export interface UploadOutcome {
  image: HostileImage;
  draftId: string;
  /** HTTP status, or 0 when the connection failed. */
  status: number;
  mediaId?: string;
}

export async function uploadAll(
  gp: TestGatepost,
  staff: Api,
  images: HostileImage[],
  inFlight = 4,
): Promise<UploadOutcome[]> {
  const outcomes: UploadOutcome[] = [];
  await inParallel(images, inFlight, async (image) => {
    const draft = await staff('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: `Hostile upload: ${image.label}`.slice(0, 200),
    });
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(image.bytes)]), image.name);
    form.set('altText', 'Pupils at work in the classroom');
    const res = await staff('POST', `/api/drafts/${draft.body.id}/media`, form).catch(() => ({
      status: 0,
      body: undefined,
    }));
    outcomes.push({
      image,
      draftId: draft.body.id,
      status: res.status,
      ...(res.status === 201 ? { mediaId: res.body.id as string } : {}),
    });
  });
  return outcomes;
}

/** Media rows by state, once none is PENDING (or the time is up). */
export async function scanStates(gp: TestGatepost, ms: number): Promise<Record<string, number>> {
  const until = Date.now() + ms;
  for (;;) {
    const { rows } = await gp.db.sql(`SELECT state, count(*)::int AS n FROM "Media" GROUP BY state`);
    const states = Object.fromEntries(rows.map((r) => [r.state, r.n])) as Record<string, number>;
    if (!states.PENDING || Date.now() > until) return states;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Original uploads on disk: one per media row, or something was half saved. */
export async function storedOriginals(gp: TestGatepost): Promise<number> {
  return (await readdir(path.join(`/tmp/${gp.prefix}`, 'media', 'originals')).catch(() => [])).length;
}

export function tally(outcomes: UploadOutcome[]) {
  const byKind = {} as Record<HostileKind, Record<string, number>>;
  for (const { image, status } of outcomes) {
    const row = byKind[image.kind] ?? {};
    byKind[image.kind] = row;
    const key =
      status === 201 ? 'accepted' : status >= 400 && status < 500 ? 'refused 4xx' : `status ${status}`;
    row[key] = (row[key] ?? 0) + 1;
  }
  return byKind;
}
