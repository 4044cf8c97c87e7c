// A generated set of malformed images through the upload route, with the media-scan worker in
// its own process: nothing crashes it, every upload is refused with a 4xx or processed to a
// photo that is either ready or waiting for a reviewer, and no refused upload leaves a trace.
// The long form (1,000+ images) is bench/hostile-images.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInGatepost } from '../support/gatepost-for-file.ts';
import { hostileImageSet } from '../support/hostile-image-set.ts';
import { scanStates, storedOriginals, tally, uploadAll } from '../support/hostile-uploads.ts';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.ts';

const COUNT = Number(process.env.GATEPOST_HOSTILE_IMAGES ?? 105);

const { gp, staff } = signedInGatepost({ role: 'api', as: ['staff'] });
let worker: WorkerProcess;
beforeAll(async () => {
  worker = await startWorkerProcess(gp.env);
});
afterAll(() => worker?.stop());

describe(`${COUNT} hostile images through POST /api/drafts/:id/media`, () => {
  it('are each refused with a 4xx or processed, with no crash and nothing half saved', async () => {
    const images = await hostileImageSet(COUNT);
    const outcomes = await uploadAll(gp, staff, images);
    const unexpected = outcomes.filter((o) => o.status !== 201 && (o.status < 400 || o.status >= 500));
    expect(unexpected.map((o) => `${o.image.label}: ${o.status}`)).toEqual([]);
    // Every kind was both tried and mostly refused; a few survivors are ordinary photos.
    const kinds = tally(outcomes);
    expect(Object.keys(kinds)).toHaveLength(7);
    expect(kinds.bomb).toEqual({ 'refused 4xx': expect.any(Number) });

    const accepted = outcomes.filter((o) => o.status === 201);
    // Face detection on a loaded 2-core machine takes seconds a photo; allow ten minutes.
    const states = await scanStates(gp, 600_000);
    const { rows: pending } = await gp.db.sql(`SELECT id FROM "Media" WHERE state = 'PENDING'`);
    const stuck = new Set(pending.map((r) => r.id));
    expect(accepted.filter((o) => stuck.has(o.mediaId)).map((o) => o.image.label)).toEqual([]);
    expect((states.READY ?? 0) + (states.REVIEW_REQUIRED ?? 0)).toBe(accepted.length);
    expect(worker.child.exitCode).toBeNull();

    // Refused uploads saved nothing: no media row, no file on disk beyond the accepted ones.
    const { rows } = await gp.db.sql(`SELECT count(*)::int AS n FROM "Media"`);
    expect(rows[0].n).toBe(accepted.length);
    expect(await storedOriginals(gp)).toBe(accepted.length);
  }, 1_200_000);
});
