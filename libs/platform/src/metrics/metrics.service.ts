import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DomainEvent } from '@dw/domain';

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

  readonly sourcesSilent = new Gauge({
    name: 'dw_sources_silent',
    help: 'Feeds and tracks silent now (source.silent raised, source.recovered not yet), by scope',
    labelNames: ['scope'] as const,
    registers: [this.registry],
  });

  readonly sourceAlerts = new Counter({
    name: 'dw_source_alerts_total',
    help: 'source.silent and source.recovered events recorded, by type and reason',
    labelNames: ['type', 'reason'] as const,
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

  /**
   * Every delivery attempt's outcome, by channel (`email`, `webhook`) and outcome (`delivered`,
   * `retry`, `failed`, ...). Recorded by the email and webhook senders.
   */
  readonly deliveries = new Counter({
    name: 'dw_deliveries_total',
    help: 'Delivery attempts by channel and outcome',
    labelNames: ['channel', 'outcome'] as const,
    registers: [this.registry],
  });

  /** A send whose outcome was unknown (the process died between send and record), sent again with the same id. */
  readonly unknownOutcomeResends = new Counter({
    name: 'dw_delivery_unknown_outcome_resends_total',
    help: 'Deliveries sent again, with the same id, because the outcome of the earlier send was never recorded',
    labelNames: ['channel'] as const,
    registers: [this.registry],
  });

  readonly jobRetries = new Counter({
    name: 'dw_job_retries_total',
    help: 'Jobs that failed an attempt and will be tried again, by queue',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  readonly pollFailures = new Counter({
    name: 'dw_poll_failures_total',
    help: 'Feed polls that failed, by outcome (error, retry-later)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  /** From an article's publication to the first alert it caused (composed for delivery). */
  readonly articleToAlertLag = new Histogram({
    name: 'dw_article_to_alert_lag_seconds',
    help: "Seconds from an article's publication to the first alert it caused",
    buckets: [10, 30, 60, 120, 300, 900, 1800, 3600, 3 * 3600, 12 * 3600, 86_400],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'dw_' });
  }

  /** When an alert goes out for an event: how long after its earliest evidence article was published. */
  observeAlertLag(event: DomainEvent, now: Date): void {
    const published = earliestEvidence(event);
    if (published === null) return;
    this.articleToAlertLag.observe(Math.max(0, now.getTime() - published) / 1000);
  }
}

function earliestEvidence(event: DomainEvent): number | null {
  if (event.type !== 'status.changed' && event.type !== 'deadline.changed') return null;
  const times = event.data.evidence
    .map((e) => (e.publishedAt ? Date.parse(e.publishedAt) : NaN))
    .filter((t) => Number.isFinite(t));
  return times.length > 0 ? Math.min(...times) : null;
}
