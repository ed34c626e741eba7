import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnModuleInit } from '@nestjs/common';
import { DelayedError, type Job, type Queue } from 'bullmq';
import { InjectQueue } from '@nestjs/bullmq';
import { parsePayload, QUEUE_NAMES, type SettledEmail } from '@dw/contracts';
import { EmailSender } from './email-sender';
import { MailTransport } from './mail-transport';
import { enqueueSendEmails } from './send-jobs';

/** Outcomes the database did not take are recorded again after this, doubling up to the cap. */
const RECORD_RETRY_MS = 1_000;
const RECORD_RETRY_CAP_MS = 30_000;

/**
 * One job sends a group of deliveries (EmailSender) and settles what happened:
 * - mail that failed for now gets a delayed retry job of its own, per the retry schedule, which
 *   costs the job none of its BullMQ attempts (those are for the job itself failing);
 * - outcomes the database could not take (it is down) are kept in the job's data and the job is
 *   delayed: its next run records them and sends nothing again, however long the outage lasts.
 * Nothing stays active for long: every send ends within SMTP_TIMEOUTS.sendMs, and a job whose
 * worker died is taken back by BullMQ's stalled-job check (maxStalledCount allows a few deaths).
 */
@Processor(QUEUE_NAMES.email, { concurrency: 20, maxStalledCount: 5 })
export class EmailProcessor extends WorkerHost implements OnModuleInit {
  private readonly logger = new Logger('EmailWorker');

  constructor(
    private readonly sender: EmailSender,
    private readonly transport: MailTransport,
    @InjectQueue(QUEUE_NAMES.email) private readonly queue: Queue,
  ) {
    super();
  }

  /** Enough groups in flight to keep every pooled connection busy, few enough to keep leases short. */
  onModuleInit(): void {
    this.worker.concurrency = Math.max(8, this.transport.poolSize * 4);
  }

  async process(job: Job, token?: string): Promise<unknown> {
    const payload = parsePayload('sendEmail', job.data);
    if (payload.settled) {
      const unrecorded = await this.sender.record(payload.settled);
      if (unrecorded.length > 0) return this.recordLater(job, token, unrecorded);
      await this.scheduleRetries(payload.settled);
      return { recorded: payload.settled.length };
    }
    const result = await this.sender.sendGroup(payload.deliveryIds, String(job.id));
    const counts = tally(result.settled);
    if (counts.retry > 0 || counts.failed > 0) {
      const firstError = result.settled.find((s) => s.outcome === 'retry' || s.outcome === 'failed');
      this.logger.warn(
        {
          job: job.id,
          deliveries: payload.deliveryIds.length,
          ...counts,
          error: firstError && 'error' in firstError ? firstError.error : undefined,
        },
        counts.retry > 0 ? 'mail not sent: retrying later' : 'mail not sent: gave up',
      );
    }
    if (result.unrecorded.length > 0) return this.recordLater(job, token, result.unrecorded);
    await this.scheduleRetries(result.settled);
    return { ...counts, untaken: result.untaken };
  }

  private async scheduleRetries(settled: SettledEmail[]): Promise<void> {
    const retries = settled.filter((s) => s.outcome === 'retry');
    if (retries.length === 0) return;
    // One delayed job per group of retries; the group waits for its shortest delay.
    const delayMs = Math.min(...retries.map((r) => r.delayMs));
    const retry = Math.max(...retries.map((r) => r.attempts));
    await enqueueSendEmails(
      this.queue,
      retries.map((r) => r.id),
      { retry, delayMs },
    );
  }

  /**
   * Keeps outcomes the database refused in the job and runs it again later (wall-clock delay:
   * BullMQ's timeline), without spending one of its attempts.
   */
  private async recordLater(job: Job, token: string | undefined, settled: SettledEmail[]): Promise<never> {
    const tries = Number((job.data as { recordTries?: number }).recordTries ?? 0);
    const delay = Math.min(RECORD_RETRY_CAP_MS, RECORD_RETRY_MS * 2 ** tries);
    await job.updateData({ ...(job.data as object), settled, recordTries: tries + 1 });
    await job.moveToDelayed(Date.now() + delay, token);
    throw new DelayedError();
  }
}

function tally(settled: SettledEmail[]): Record<SettledEmail['outcome'], number> {
  const counts = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  for (const s of settled) counts[s.outcome] += 1;
  return counts;
}
