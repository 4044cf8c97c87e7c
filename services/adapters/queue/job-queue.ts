// BullMQ behind one small interface: enqueue a job by name with its payload, deterministic id.
import { type JobsOptions, Queue } from 'bullmq';
import { type JobName, type JobPayload, jobIdFor, jobNames, jobPayloads } from '../../../workers/jobs.ts';
import { bullmqConnection, type RedisEndpoint } from './redis.ts';

/** Retry policy by side-effect class: pure checks retry freely, publishing backs off longer. */
const jobOptions: Record<JobName, JobsOptions> = {
  'text-check': { attempts: 5, backoff: { type: 'exponential', delay: 500 } },
  'media-scan': { attempts: 3, backoff: { type: 'exponential', delay: 2_000 } },
  publish: { attempts: 8, backoff: { type: 'exponential', delay: 2_000 } },
  takedown: { attempts: 8, backoff: { type: 'exponential', delay: 2_000 } },
  sweep: { attempts: 1 },
  // Polling plans its own next attempt in the database; the sweep asks again.
  'reply-poll': { attempts: 3, backoff: { type: 'exponential', delay: 1_000 } },
  'reply-classify': { attempts: 5, backoff: { type: 'exponential', delay: 500 } },
  notify: { attempts: 8, backoff: { type: 'exponential', delay: 2_000 } },
  'follower-poll': { attempts: 3, backoff: { type: 'exponential', delay: 1_000 } },
};

// Braces make every key of a queue hash to one slot, so the same code runs on Redis Cluster.
export const hashTaggedPrefix = (prefix: string) => `{${prefix}}`;

export class JobQueue {
  private readonly queues: Map<JobName, Queue>;

  constructor(
    readonly redis: RedisEndpoint,
    readonly prefix: string,
  ) {
    this.queues = new Map(
      jobNames.map((name) => [
        name,
        new Queue(name, {
          connection: bullmqConnection(redis),
          prefix: hashTaggedPrefix(prefix),
          defaultJobOptions: {
            ...jobOptions[name],
            removeOnComplete: { count: 1000 },
            removeOnFail: { age: 7 * 24 * 3600 },
          },
        }),
      ]),
    );
  }

  queue(name: JobName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`no queue ${name}`);
    return queue;
  }

  /**
   * Adds the job unless one with the same id is already waiting, delayed or running.
   * A finished job with the same id is replaced, so work can be asked for again.
   */
  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, delayMs = 0): Promise<void> {
    const data = jobPayloads[name].parse(payload);
    const jobId = jobIdFor(name, payload);
    const queue = this.queue(name);
    const existing = await queue.getJob(jobId);
    if (existing) {
      // Completed or failed jobs carry finishedOn: no need to ask Redis for the state too.
      if (!existing.finishedOn) return;
      await existing.remove().catch(() => undefined);
    }
    await queue.add(name, data, { jobId, delay: Math.max(0, delayMs) });
  }

  /**
   * The sweep's enqueue: many jobs, most of them usually still waiting. One pipelined look at
   * Redis finds the ones that are missing or finished, and only those are enqueued.
   */
  async enqueueMissing<N extends JobName>(name: N, payloads: JobPayload<N>[]): Promise<number> {
    if (payloads.length === 0) return 0;
    const queue = this.queue(name);
    const lookups = (await queue.getBackend().client).pipeline();
    for (const payload of payloads) lookups.hgetall(queue.toKey(jobIdFor(name, payload)));
    const answers = (await lookups.exec()) ?? [];
    const missing = payloads.filter((_, i) => {
      const [error, job] = answers[i] ?? [];
      const { timestamp, finishedOn } = (job ?? {}) as Record<string, string | undefined>;
      return Boolean(error) || !timestamp || Boolean(finishedOn);
    });
    for (const payload of missing) await this.enqueue(name, payload);
    return missing.length;
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
