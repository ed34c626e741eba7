import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Job, Worker } from 'bullmq';
import type { Clock } from '@dw/domain';
import type { AppConfig } from '../config/app-config';
import { MetricsService } from '../metrics/metrics.service';
import { InjectClock, InjectConfig } from '../tokens';
import { type DeliveryTotals, DeliveryProgress } from './delivery-progress';
import { ErrorThrottle, errorKind } from './error-throttle';
import { QueueRegistry } from './queue-registry';

/**
 * A queue this process consumes that makes no progress: jobs ready and none finished for too long,
 * or (a delivery queue) attempts that keep failing for now and nothing delivered for too long.
 */
export interface StalledQueue {
  queue: string;
  reason: 'no job finished' | 'deliveries failing';
  /** Jobs waiting or active, or the delivery attempts that failed since the last delivery. */
  pending: number;
  /** Since when nothing finished (or was delivered) here. */
  since: string;
}

export type PendingCounts = Record<string, { waiting?: number; active?: number; prioritized?: number }>;

const ERROR_WINDOW_MS = 60_000;

/**
 * Watches every queue and every worker of this process: one structured log line per kind of error
 * (not one stack trace per reconnect attempt), jobs processed, their duration and retries in the
 * metrics, and which consumed queues have pending work but make no progress (for /health and logs).
 */
@Injectable()
export class QueueObserver implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Queues');
  private readonly throttle: ErrorThrottle;
  private readonly observed = new WeakSet<Worker>();
  /** Queue name → when a job last finished here; only queues this process consumes are in it. */
  private readonly lastCompleted = new Map<string, number>();
  private stalled = new Map<string, StalledQueue>();
  private readonly deliveryProgress: DeliveryProgress;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly queues: QueueRegistry,
    private readonly metrics: MetricsService,
    @InjectClock() private readonly clock: Clock,
    @InjectConfig() private readonly config: AppConfig,
  ) {
    this.throttle = new ErrorThrottle(ERROR_WINDOW_MS, () => this.clock.now().getTime());
    this.deliveryProgress = new DeliveryProgress(config.queueStallAfterMs);
  }

  onModuleInit(): void {
    for (const queue of this.queues.all) {
      queue.on('error', (error: Error) => this.reportError(queue.name, 'queue', error));
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Called once per worker of this process (WorkerDiscovery finds them at start-up). */
  observeWorker(worker: Worker): void {
    if (this.observed.has(worker)) return;
    this.observed.add(worker);
    const queue = worker.name;
    this.lastCompleted.set(queue, this.clock.now().getTime());
    worker.on('error', (error: Error) => this.reportError(queue, 'worker', error));
    worker.on('completed', (job: Job) => {
      this.lastCompleted.set(queue, this.clock.now().getTime());
      this.metrics.jobsProcessed.inc({ queue, outcome: 'completed' });
      this.observeDuration(queue, job);
    });
    worker.on('failed', (job: Job | undefined, error: Error) => {
      const willRetry = job !== undefined && job.attemptsMade < (job.opts.attempts ?? 1);
      this.metrics.jobsProcessed.inc({ queue, outcome: willRetry ? 'retried' : 'failed' });
      if (willRetry) this.metrics.jobRetries.inc({ queue });
      if (job) this.observeDuration(queue, job);
      const said = this.throttle.admit(`${queue}:failed:${errorKind(error)}`);
      if (!said) return;
      this.logger.warn({
        msg: `${queue} job ${willRetry ? 'failed, will retry' : 'failed for good'}: ${error.message}`,
        queue,
        job: job?.name,
        jobId: job?.id,
        attemptsMade: job?.attemptsMade,
        ...(said.suppressed > 0 ? { similarSinceLastLine: said.suppressed } : {}),
      });
    });
    if (!this.timer && this.config.queueStallAfterMs > 0) {
      const every = Math.max(1000, Math.min(15_000, this.config.queueStallAfterMs / 4));
      this.timer = setInterval(() => void this.sample(), every);
      this.timer.unref();
    }
  }

  /** Consumed queues that make no progress for QUEUE_STALL_AFTER_SECONDS (0: none); logs each change. */
  async assess(counts: PendingCounts): Promise<StalledQueue[]> {
    if (this.config.queueStallAfterMs <= 0) return [];
    const now = this.clock.now().getTime();
    const next = new Map<string, StalledQueue>();
    for (const [queue, last] of this.lastCompleted) {
      const c = counts[queue];
      if (!c) continue;
      const pending = (c.waiting ?? 0) + (c.active ?? 0) + (c.prioritized ?? 0);
      if (pending > 0 && now - last >= this.config.queueStallAfterMs) {
        next.set(queue, { queue, reason: 'no job finished', pending, since: new Date(last).toISOString() });
      }
    }
    for (const failing of this.deliveryProgress.update(await this.deliveryTotals(), now)) {
      if (next.has(failing.channel) || !this.lastCompleted.has(failing.channel)) continue;
      next.set(failing.channel, {
        queue: failing.channel,
        reason: 'deliveries failing',
        pending: failing.retries,
        since: new Date(failing.failingSince).toISOString(),
      });
    }
    for (const [queue, s] of next) {
      if (this.stalled.has(queue)) continue;
      this.logger.error({
        msg:
          s.reason === 'no job finished'
            ? `queue ${queue} is stuck: ${s.pending} jobs pending and none finished since ${s.since}`
            : `queue ${queue} is stuck: ${s.pending} delivery attempts failed for now and nothing delivered since ${s.since}`,
        ...s,
      });
    }
    for (const queue of this.stalled.keys()) {
      if (!next.has(queue)) this.logger.log({ msg: `queue ${queue} is no longer stuck`, queue });
    }
    this.stalled = next;
    return [...next.values()];
  }

  /** Delivered and retried totals per channel (email, webhook), as the senders count them. */
  private async deliveryTotals(): Promise<Record<string, DeliveryTotals>> {
    const totals: Record<string, DeliveryTotals> = {};
    for (const { labels, value } of (await this.metrics.deliveries.get()).values) {
      const channel = String(labels.channel ?? '');
      const t = (totals[channel] ??= { delivered: 0, retry: 0 });
      if (labels.outcome === 'delivered') t.delivered += value;
      if (labels.outcome === 'retry') t.retry += value;
    }
    return totals;
  }

  private async sample(): Promise<void> {
    const counts: PendingCounts = {};
    try {
      for (const queue of this.queues.all) {
        if (!this.lastCompleted.has(queue.name)) continue;
        counts[queue.name] = await queue.getJobCounts('waiting', 'active', 'prioritized');
      }
    } catch {
      return; // Redis is down: that is /health's redis check and the error lines' story.
    }
    await this.assess(counts);
  }

  private observeDuration(queue: string, job: Job): void {
    if (!job.processedOn) return;
    const end = job.finishedOn ?? this.clock.now().getTime();
    this.metrics.jobDuration.observe({ queue }, Math.max(0, end - job.processedOn) / 1000);
  }

  private reportError(queue: string, role: 'queue' | 'worker', error: Error): void {
    const kind = errorKind(error);
    const said = this.throttle.admit(`connection:${kind}`);
    if (!said) return;
    this.logger.error({
      msg: `${role} of queue ${queue}: ${error.message} (repeats of this error are held back for ${ERROR_WINDOW_MS / 1000} s)`,
      queue,
      role,
      code: (error as Error & { code?: string }).code,
      ...(said.suppressed > 0 ? { similarSinceLastLine: said.suppressed } : {}),
    });
  }
}
