// Starts one BullMQ worker per job name in this process, plus the periodic sweep.
import { DelayedError, type Job, UnrecoverableError, Worker } from 'bullmq';
import { hashTaggedPrefix } from '../services/adapters/queue/job-queue.ts';
import { bullmqConnection } from '../services/adapters/queue/redis.ts';
import type { Services } from '../services/context.ts';
import type { JobControl } from '../services/publishing/job-control.ts';
import { type JobName, jobNames, jobPayloads } from './jobs.ts';
import { concurrency, type Handler, handlers } from './registry.ts';

function control(job: Job, token: string | undefined): JobControl {
  return {
    attemptsMade: job.attemptsMade,
    maxAttempts: job.opts.attempts ?? 1,
    async retryLater(ms) {
      await job.moveToDelayed(Date.now() + Math.max(ms, 10), token);
      throw new DelayedError();
    },
  };
}

export interface RunningWorkers {
  close(): Promise<void>;
}

export async function runWorkers(services: Services, names: JobName[] = jobNames): Promise<RunningWorkers> {
  const workers = names.map((name) => {
    const handler = handlers[name] as Handler<JobName>;
    return new Worker(
      name,
      async (job, token) => {
        const parsed = jobPayloads[name].safeParse(job.data);
        // A payload that does not parse will never parse: do not retry it.
        if (!parsed.success) throw new UnrecoverableError(`bad ${name} payload: ${parsed.error.message}`);
        return handler(services, parsed.data, control(job, token));
      },
      {
        connection: bullmqConnection(services.queue.redis),
        prefix: hashTaggedPrefix(services.queue.prefix),
        concurrency: concurrency[name],
        // A worker that dies mid-job (power cut, kill -9) holds its job's lock until this
        // expires; then the stalled check hands the job to another worker. Face detection
        // blocks the event loop for seconds at a time, so its lock is longer.
        lockDuration: name === 'media-scan' ? 60_000 : 15_000,
        stalledInterval: 5_000,
      },
    ).on('failed', (job, error) => {
      if (!(error instanceof DelayedError))
        services.log.error({ job: job?.id, err: error.message }, `${name} failed`);
    });
  });
  // A job scheduler runs the sweep on one worker per tick, however many processes there are.
  const sweeps = services.queue.queue('sweep');
  const scheduleSweep = () =>
    sweeps.upsertJobScheduler(
      'sweep',
      { every: services.config.GATEPOST_SWEEP_INTERVAL_MS },
      { name: 'sweep', data: {} },
    );
  await scheduleSweep();
  // The scheduler lives in Redis: if Redis restarts without its keys, the sweep that would
  // restore everything else is gone too. Each process puts it back when it finds it missing.
  const keeper = setInterval(() => {
    sweeps
      .getJobScheduler('sweep')
      .then((found) => (found ? undefined : scheduleSweep()))
      .catch((error: Error) =>
        services.log.warn({ err: error.message }, 'could not check the sweep schedule'),
      );
  }, services.config.GATEPOST_SWEEP_INTERVAL_MS);
  keeper.unref();
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  return {
    async close() {
      clearInterval(keeper);
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
