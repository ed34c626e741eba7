import { Injectable, Logger } from '@nestjs/common';
import { WebhooksRepository } from '@dw/platform';
import { OperatorNotices } from '../email/operator-notices';

/**
 * What integrators and the operator hear when an endpoint is disabled (410 Gone, or failing for
 * too long): a warning in the log, the reason on the endpoint and in its delivery log (written by
 * the caller), and a `webhook.disabled` operator notice (OPS_EMAIL), sent once per disabling.
 */
@Injectable()
export class WebhookNotices {
  private readonly logger = new Logger('WebhookNotices');

  constructor(
    private readonly endpoints: WebhooksRepository,
    private readonly operator: OperatorNotices,
  ) {}

  /** Disables the endpoint unless it already is, and tells the operator. */
  async disabled(webhook: { id: string; url: string }, reason: string, now: Date): Promise<void> {
    if (!(await this.endpoints.disable(webhook.id, reason, now))) return;
    this.logger.warn(
      { webhookId: webhook.id, url: webhook.url, reason, notice: 'webhook.disabled' },
      'webhook endpoint disabled',
    );
    await this.operator.raise({
      kind: 'webhook.disabled',
      webhookId: webhook.id,
      disabledAt: now.toISOString(),
    });
  }
}
