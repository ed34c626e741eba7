import { Injectable, Logger } from '@nestjs/common';
import type { Clock } from '@dw/domain';
import { InjectClock } from '@dw/platform';
import { StrandedEmails } from './email/stranded-emails';
import { StrandedWebhooks } from './webhooks/stranded-webhooks';

/**
 * Far longer than the gap between recording a delivery and enqueueing its job (milliseconds), and
 * than a dead worker's job takes to be handed out again (the lock, 30 s).
 */
export const SWEEP_GRACE_MS = 120_000;

/**
 * The delivery sweep (a BullMQ job scheduler, so once across replicas): deliveries recorded as
 * pending whose job is no longer in the queue (Redis restarted without its data, was flushed, or
 * the process died between the INSERT and the enqueue) are enqueued again. Nothing is reset in
 * the database: each delivery resumes where its row says it stands.
 */
@Injectable()
export class DeliverySweep {
  private readonly logger = new Logger('DeliverySweep');

  constructor(
    private readonly webhooks: StrandedWebhooks,
    private readonly emails: StrandedEmails,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async run(graceMs = SWEEP_GRACE_MS): Promise<{ webhook: object; email: object }> {
    const before = new Date(this.clock.now().getTime() - graceMs);
    const webhook = await this.webhooks.sweep(before);
    const email = await this.emails.sweep(before);
    if (webhook.requeued + webhook.retried + webhook.stuck + email.requeued > 0) {
      this.logger.warn({
        msg: 'deliveries whose job was gone enqueued again',
        webhook,
        email,
      });
    }
    return { webhook, email };
  }
}
