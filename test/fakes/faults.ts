// Fault injection shared by the fake platforms: tests queue what the next requests to an
// endpoint should suffer, so retry and idempotency paths run against the real client code.

export type Fault =
  /** 429 with the rate-limit reset this many seconds from now. */
  | { kind: 'rate_limited'; resetInSeconds: number }
  | { kind: 'server_error' }
  /** 200 with a body cut off mid-JSON, as a dropped proxy connection leaves it. */
  | { kind: 'garbled' }
  | { kind: 'expired_token' }
  /** Never answer; the client's timeout must fire. */
  | { kind: 'hang' }
  /** Do the work (the post exists afterwards), then drop the connection before answering. */
  | { kind: 'accept_then_drop' }
  /** Do the work, then never answer: the caller dies (or times out) not knowing it succeeded. */
  | { kind: 'accept_then_hang' };

/** Endpoint keys are the fake's route names, e.g. 'POST /2/tweets'; '*' matches any endpoint. */
export class Faults {
  private readonly queued = new Map<string, Fault[]>();

  inject(endpoint: string, fault: Fault, times = 1): void {
    const queue = this.queued.get(endpoint) ?? [];
    for (let i = 0; i < times; i++) queue.push(fault);
    this.queued.set(endpoint, queue);
  }

  take(endpoint: string): Fault | undefined {
    return this.queued.get(endpoint)?.shift() ?? this.queued.get('*')?.shift();
  }

  clear(): void {
    this.queued.clear();
  }
}
