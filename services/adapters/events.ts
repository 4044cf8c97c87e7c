// Change notices for the dashboard's live view. They travel over Redis pub/sub so an API
// process sees what a separate worker process did.
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';

export interface ChangeNotice {
  /** 'notice': someone must act (see GET /api/notices); `state` then names the kind. */
  type: 'draft' | 'notice';
  id: string;
  schoolId: string;
  state: string;
}

export class ChangeFeed {
  private readonly local = new EventEmitter();
  private subscriber: Redis | undefined;

  constructor(
    private readonly publisher: Redis,
    private readonly channel: string,
  ) {
    this.local.setMaxListeners(0);
  }

  async publish(notice: ChangeNotice): Promise<void> {
    await this.publisher.publish(this.channel, JSON.stringify(notice));
  }

  /** Starts listening once; returns an unsubscribe function. */
  async subscribe(listener: (notice: ChangeNotice) => void): Promise<() => void> {
    if (!this.subscriber) {
      this.subscriber = this.publisher.duplicate();
      this.subscriber.on('message', (_channel, message: string) => {
        this.local.emit('notice', JSON.parse(message) as ChangeNotice);
      });
      await this.subscriber.subscribe(this.channel);
    }
    this.local.on('notice', listener);
    return () => this.local.off('notice', listener);
  }

  async close(): Promise<void> {
    await this.subscriber?.quit().catch(() => undefined);
  }
}
