import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { EmailDeliveriesRepository, type EmailOutcomeRecord } from '@dw/platform';

/** A flush waits at most this long for company, and takes at most this many rows. */
const FLUSH_AFTER_MS = 5;
const FLUSH_ROWS = 200;

interface Waiting {
  record: EmailOutcomeRecord;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Records accepted sends as they come, many per UPDATE: every send job's accepted mail within a
 * few milliseconds shares one statement. It keeps the window between an SMTP accept and its
 * durable record to milliseconds (a crash in it means a resend of unknown outcome) at a fraction
 * of a statement per mail. Each caller waits for its own row to be written, or for the error.
 */
@Injectable()
export class SentRecorder implements OnApplicationShutdown {
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** One flush at a time (group commit): what arrives meanwhile goes in the next, so a slow database gets bigger batches. */
  private flushing: Promise<void> | null = null;

  constructor(private readonly deliveries: EmailDeliveriesRepository) {}

  record(record: EmailOutcomeRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ record, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.flushing || this.timer || this.waiting.length === 0) return;
    if (this.waiting.length >= FLUSH_ROWS) this.flushing = this.flush();
    else
      this.timer = setTimeout(() => {
        this.timer = null;
        this.flushing = this.flush();
      }, FLUSH_AFTER_MS);
  }

  private async flush(): Promise<void> {
    const batch = this.waiting.splice(0, FLUSH_ROWS * 5);
    try {
      if (batch.length > 0) await this.deliveries.recordEmailOutcomes(batch.map((w) => w.record));
      for (const w of batch) w.resolve();
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      this.flushing = null;
      this.schedule();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flushing;
    if (this.waiting.length > 0) await this.flush();
  }
}
