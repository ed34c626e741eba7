import { Injectable, Logger } from '@nestjs/common';
import { type AttemptRecord, MicroBatcher, WebhookDeliveriesRepository } from '@dw/platform';

/** Thrown when the process stops before an outcome could be written (the job keeps the outcome). */
export class OutcomeNotRecordedError extends Error {
  /** How the message of a 2xx that was never recorded starts (BullMQ keeps it as the failed reason). */
  static readonly ACCEPTED = 'accepted send not recorded';
  constructor(accepted: boolean, reason: string) {
    super(`${accepted ? OutcomeNotRecordedError.ACCEPTED : 'failed attempt not recorded'}: ${reason}`);
  }
}

/** Rows written in one statement at most. */
const MAX_BATCH = 500;
const FIRST_RETRY_MS = 100;
const LONGEST_RETRY_MS = 5000;

/**
 * Writes attempt outcomes in batches: the records of many deliveries that finish at about the same
 * time go out as one multi-row statement, and a job resolves only once its own records are durable.
 * A write that fails is retried (with backoff) until the database is back: what is retried is the
 * record of an outcome, never the send that produced it. If that takes longer than one try,
 * `onDelayed` runs once so the caller can put the outcome somewhere else that survives a crash (the
 * job's data in Redis).
 */
@Injectable()
export class AttemptRecorder {
  private readonly logger = new Logger('WebhookAttemptRecorder');
  private closing = false;
  private readonly batcher: MicroBatcher<AttemptRecord[], boolean>;

  constructor(private readonly deliveries: WebhookDeliveriesRepository) {
    this.batcher = new MicroBatcher({
      run: async (groups) => {
        const alreadySent = await this.deliveries.recordAttempts(groups.flat());
        return groups.map((group) =>
          group.some((r) => r.outcome !== 'success' && alreadySent.has(r.deliveryId)),
        );
      },
      maxSize: MAX_BATCH,
      maxInFlight: 2,
    });
  }

  /** Resolves once durable: true when a failure was dropped because the delivery was sent meanwhile. */
  async record(
    records: AttemptRecord[],
    onDelayed?: () => Promise<void>,
    accepted = false,
  ): Promise<boolean> {
    let waitMs = FIRST_RETRY_MS;
    for (let tries = 1; ; tries++) {
      try {
        const superseded = await this.batcher.add(records);
        if (tries > 1) {
          this.logger.log(
            { deliveryId: records[0]?.deliveryId, tries },
            'webhook outcome recorded after retries',
          );
        }
        return superseded;
      } catch (error) {
        const reason = (error as Error).message;
        if (this.closing) throw new OutcomeNotRecordedError(accepted, reason);
        if (tries === 1) {
          this.logger.warn(
            { deliveryId: records[0]?.deliveryId, err: reason },
            'webhook outcome not recorded yet; retrying the record, not the send',
          );
          await onDelayed?.().catch((keepError: unknown) =>
            this.logger.warn(
              { err: (keepError as Error).message },
              'could not keep the outcome with the job',
            ),
          );
        }
        await new Promise((resolve) => setTimeout(resolve, waitMs));
        waitMs = Math.min(waitMs * 2, LONGEST_RETRY_MS);
      }
    }
  }

  /** Stops retrying (shutdown): jobs still waiting fail and keep their outcome for the next worker. */
  beginShutdown(): void {
    this.closing = true;
  }
}
