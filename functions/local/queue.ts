// Local mode's work queue: what SQS and the event source mapping do on AWS, in memory. Live
// events go before scan items (objects found without a current report), at most `concurrency`
// items run at once and never two of the same key, and a newer item for a key replaces a pending
// older one. Nothing here needs to survive a crash: on start, local mode scans the bucket and
// queues every object whose report is missing or stale (see main.ts), which covers whatever was
// pending or running when the process died.

import { compareSequencers } from '../keys.js';

export interface WorkItem {
  key: string;
  /** Events carry S3's sequencer; scan items have none and yield to any event of their key. */
  sequencer?: string;
  run(): Promise<void>;
}

export class WorkQueue {
  private readonly events = new Map<string, WorkItem>();
  private readonly scans = new Map<string, WorkItem>();
  private readonly running = new Set<string>();
  private stopped = false;
  private waiters: Array<() => void> = [];

  constructor(private readonly concurrency: number) {}

  get pending(): number {
    return this.events.size + this.scans.size;
  }

  add(item: WorkItem): void {
    if (item.sequencer === undefined) {
      if (!this.events.has(item.key)) this.scans.set(item.key, item);
    } else {
      const queued = this.events.get(item.key);
      if (queued?.sequencer && compareSequencers(queued.sequencer, item.sequencer) > 0) return;
      this.scans.delete(item.key);
      // Re-inserting moves the key to the back, behind events that came before this one.
      this.events.delete(item.key);
      this.events.set(item.key, item);
    }
    this.pump();
  }

  private next(): WorkItem | undefined {
    for (const lane of [this.events, this.scans]) {
      for (const [key, item] of lane) {
        if (this.running.has(key)) continue;
        lane.delete(key);
        return item;
      }
    }
    return undefined;
  }

  private pump(): void {
    while (!this.stopped && this.running.size < this.concurrency) {
      const item = this.next();
      if (!item) break;
      this.running.add(item.key);
      void item
        .run()
        .catch(() => undefined)
        .finally(() => {
          this.running.delete(item.key);
          this.pump();
          this.notify();
        });
    }
    this.notify();
  }

  private notify(): void {
    if (this.running.size === 0 && (this.stopped || this.pending === 0)) this.waiters.splice(0).forEach((w) => w());
  }

  /** Resolves when nothing is queued or running (or, once stopped, when nothing is running). */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.notify();
    });
  }

  /** Starts nothing more; resolves when the running items have finished. Pending items are left. */
  stop(): Promise<void> {
    this.stopped = true;
    return this.idle();
  }
}
