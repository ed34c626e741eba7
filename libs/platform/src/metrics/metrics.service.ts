import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per process, so tests that build several apps do not collide on metric names. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly jobsProcessed = new Counter({
    name: 'dw_jobs_processed_total',
    help: 'Jobs finished by the workers, by queue and outcome',
    labelNames: ['queue', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly jobDuration = new Histogram({
    name: 'dw_job_duration_seconds',
    help: 'How long a job took, by queue',
    labelNames: ['queue'] as const,
    buckets: [0.005, 0.02, 0.1, 0.5, 2, 10, 30],
    registers: [this.registry],
  });

  readonly queueDepth = new Gauge({
    name: 'dw_queue_jobs',
    help: 'Jobs in each queue by state, sampled at scrape time',
    labelNames: ['queue', 'state'] as const,
    registers: [this.registry],
  });

  readonly articlesTaken = new Counter({
    name: 'dw_articles_taken_total',
    help: 'New articles handed to the classifier',
    registers: [this.registry],
  });

  readonly notificationsSent = new Counter({
    name: 'dw_notifications_sent_total',
    help: 'Notifications delivered, by channel',
    labelNames: ['channel'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'dw_' });
  }
}
