import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DelayedError, type Job, Worker } from 'bullmq';
import { JOBS, parsePayload, QUEUE_NAMES } from '@dw/contracts';
import { type AppConfig, bullConnection, closeWorker, InjectConfig } from '@dw/platform';
import { saturatedWait } from '@dw/domain/webhooks';
import { AttemptRecorder } from './attempt-recorder';
import { EndpointSemaphore } from './endpoint-semaphore';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookGroupService } from './webhook-group.service';
import { WebhookHttpClient } from './webhook-http-client';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';

/**
 * The consumer of the `webhook` queue. It builds its BullMQ Worker itself instead of using
 * @Processor because the worker's lock duration, stalled-check interval and concurrency come from
 * WebhookSettings (tests shorten them to show stalled-job recovery in seconds); @Processor options
 * are fixed at compile time. Thin: parse, then hand to WebhookDeliveryService (one delivery's
 * attempt) or WebhookGroupService (a group's first attempts).
 */
@Injectable()
export class WebhookProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private current: Worker | undefined;

  constructor(
    private readonly delivery: WebhookDeliveryService,
    private readonly groups: WebhookGroupService,
    private readonly client: WebhookHttpClient,
    private readonly recorder: AttemptRecorder,
    private readonly semaphore: EndpointSemaphore,
    @InjectConfig() private readonly config: AppConfig,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  get worker(): Worker | undefined {
    return this.current;
  }

  onApplicationBootstrap(): void {
    this.current = new Worker(QUEUE_NAMES.webhook, (job, token) => this.process(job, token), {
      connection: bullConnection(this.config.redisUrl),
      prefix: this.config.queuePrefix,
      concurrency: this.settings.workerConcurrency,
      lockDuration: this.settings.lockDurationMs,
      stalledInterval: this.settings.stalledIntervalMs,
      maxStalledCount: this.settings.maxStalledCount,
    });
    // Its 'error' and 'failed' events are logged (once per kind a minute) and counted by the
    // platform's QueueObserver, like every worker's.
  }

  /**
   * Lets deliveries in flight finish (up to the request timeout), then drops idle sockets. An
   * outcome that cannot be recorded now (database down) stays with its job for the next worker.
   */
  async onApplicationShutdown(): Promise<void> {
    this.recorder.beginShutdown();
    if (this.current) await closeWorker(this.current);
    await this.semaphore.settled();
    this.client.close();
  }

  async process(job: Job, token?: string): Promise<string> {
    if (job.name === JOBS.deliverWebhookGroup.name) {
      return this.groups.run(job, parsePayload('deliverWebhookGroup', job.data));
    }
    const payload = parsePayload('deliverWebhook', job.data);
    const summary = await this.delivery.attempt({
      deliveryId: payload.deliveryId,
      attempt: payload.attempt ?? 0,
      ...(payload.manual ? { manual: payload.manual } : {}),
      ...(payload.recovery ? { recovery: payload.recovery } : {}),
      ...(payload.endpoint ? { endpoint: payload.endpoint } : {}),
      ...(payload.accepted ? { accepted: payload.accepted } : {}),
      redelivered: job.stalledCounter > 0,
      previousFailure: job.attemptsMade > 0 ? (job.failedReason ?? null) : null,
      keepAccepted: (accepted) => job.updateData({ ...payload, accepted }),
    });
    if (summary === 'saturated') {
      // The endpoint has its quota of requests in flight: wait a little without using an attempt.
      const wait = saturatedWait(this.settings.saturatedDelayMs, Math.random);
      await job.moveToDelayed(Date.now() + wait, token);
      throw new DelayedError();
    }
    return summary;
  }
}
