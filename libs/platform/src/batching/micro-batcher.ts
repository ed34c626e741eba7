/**
 * Coalesces many single requests into one call: each `add()` joins the batch that is being
 * gathered, and the batch goes out at the end of the current turn of the event loop, or at once
 * when it reaches `maxSize`. At most `maxInFlight` batches run at a time; requests arriving
 * meanwhile wait and go out together when one returns. Under load batches grow by themselves, and
 * an idle system pays no timer: a lone request leaves on the next turn.
 *
 * `run` answers one result per item, in order. When it throws, every request of that batch rejects
 * with the error (callers decide whether to retry).
 */
export interface MicroBatcherOptions<In, Out> {
  run: (items: In[]) => Promise<Out[]>;
  maxSize: number;
  maxInFlight?: number;
}

interface Waiting<In, Out> {
  item: In;
  resolve: (value: Out) => void;
  reject: (error: unknown) => void;
}

export class MicroBatcher<In, Out> {
  private waiting: Waiting<In, Out>[] = [];
  private inFlight = 0;
  private scheduled = false;
  private readonly maxInFlight: number;
  private readonly idle = new Set<() => void>();

  constructor(private readonly options: MicroBatcherOptions<In, Out>) {
    this.maxInFlight = options.maxInFlight ?? 1;
  }

  add(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.waiting.length >= this.options.maxSize) this.drain();
      else this.schedule();
    });
  }

  /** Requests not yet answered (queued or in a running batch). */
  get pending(): number {
    return this.waiting.length + this.inFlight;
  }

  /** Resolves once nothing is queued or running. */
  async settled(): Promise<void> {
    while (this.waiting.length > 0 || this.inFlight > 0) {
      await new Promise<void>((resolve) => this.idle.add(resolve));
    }
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.drain();
    });
  }

  private drain(): void {
    while (this.waiting.length > 0 && this.inFlight < this.maxInFlight) {
      const batch = this.waiting.splice(0, this.options.maxSize);
      this.inFlight += 1;
      void this.runBatch(batch);
    }
  }

  private async runBatch(batch: Waiting<In, Out>[]): Promise<void> {
    try {
      const results = await this.options.run(batch.map((w) => w.item));
      if (results.length !== batch.length) {
        throw new Error(`batch of ${batch.length} answered ${results.length} results`);
      }
      batch.forEach((w, i) => w.resolve(results[i]));
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      this.inFlight -= 1;
      this.drain();
      if (this.waiting.length === 0 && this.inFlight === 0) {
        for (const resolve of this.idle) resolve();
        this.idle.clear();
      }
    }
  }
}
