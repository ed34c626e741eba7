import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { FeedParseError, type FeedParseErrorCode } from '../errors';
import { parseFeed } from './parse-feed';
import type { ParsedFeed, ParseFeedOptions } from './types';

export interface FeedParserPoolOptions {
  /** Worker threads; each parses one document at a time. */
  size?: number;
  /** A parse running longer is abandoned and its worker replaced. */
  timeoutMs?: number;
  /** The compiled worker script; defaults to parse-worker.js beside this file. */
  workerFile?: string;
}

type Reply =
  | { id: number; ok: true; feed: ParsedFeed }
  | { id: number; ok: false; code: FeedParseErrorCode; message: string };

interface Job {
  id: number;
  text: string;
  options: ParseFeedOptions;
  resolve: (feed: ParsedFeed) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Parses feeds on worker threads, so a large or hostile document cannot block the poller's event
 * loop (queue locks, health checks) and a parse that runs away is cut off after `timeoutMs`.
 * Falls back to parsing in-process when no compiled worker script exists (ts-jest style runs).
 */
export class FeedParserPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly timeoutMs: number;
  private readonly workerFile: string | null;
  private nextId = 1;
  private closed = false;

  constructor(options: FeedParserPoolOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    const file = options.workerFile ?? join(__dirname, 'parse-worker.js');
    this.workerFile = existsSync(file) ? file : null;
    const size = Math.max(1, options.size ?? 1);
    if (this.workerFile) for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Whether parsing really happens off the main thread. */
  get isolated(): boolean {
    return this.workerFile !== null;
  }

  parse(text: string, options: ParseFeedOptions = {}): Promise<ParsedFeed> {
    if (this.closed) return Promise.reject(new Error('the feed parser pool is closed'));
    if (!this.workerFile) return parseFeed(text, options);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, options, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the feed parser pool closed'));
    await Promise.all(
      this.slots.map((slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        slot.job?.reject(new Error('the feed parser pool closed'));
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.workerFile!), ready: false, job: null, timer: null };
    slot.worker.on('message', (reply: Reply | { ready: true }) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.dispatch();
      } else this.settle(slot, reply);
    });
    slot.worker.on('error', (error) =>
      this.fail(slot, new FeedParseError('malformed', `the feed parser failed: ${error.message}`)),
    );
    slot.worker.on('exit', () => {
      if (!this.closed && slot.job)
        this.fail(slot, new FeedParseError('malformed', 'the feed parser stopped unexpectedly'));
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => this.abandon(slot), this.timeoutMs);
      slot.worker.postMessage({ id: job.id, text: job.text, options: job.options });
    }
  }

  private settle(slot: Slot, reply: Reply): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    this.release(slot);
    if (reply.ok) job.resolve(reply.feed);
    else job.reject(new FeedParseError(reply.code, reply.message));
    this.dispatch();
  }

  private fail(slot: Slot, error: Error): void {
    const job = slot.job;
    this.release(slot);
    job?.reject(error);
    this.replace(slot);
  }

  private abandon(slot: Slot): void {
    const job = slot.job;
    this.release(slot);
    job?.reject(
      new FeedParseError(
        'timeout',
        `parsing the feed took longer than ${this.timeoutMs / 1000} s; it was abandoned`,
      ),
    );
    void slot.worker.terminate();
    this.replace(slot);
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  private replace(slot: Slot): void {
    if (this.closed) return;
    const index = this.slots.indexOf(slot);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (index >= 0) this.slots[index] = this.spawn();
    this.dispatch();
  }
}
