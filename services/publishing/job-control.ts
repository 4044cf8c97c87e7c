// What a job handler may ask of the queue about its own job.
export interface JobControl {
  attemptsMade: number;
  maxAttempts: number;
  /** Puts the job back to run after `ms` without counting an attempt; never returns. */
  retryLater(ms: number): Promise<never>;
}

export const isLastAttempt = (job: JobControl) => job.attemptsMade + 1 >= job.maxAttempts;
