/** One recipient's report in a delivery status notification (RFC 3464). */
export interface DsnRecipient {
  /** The address the report is about (Final-Recipient, else Original-Recipient), lower-cased. */
  recipient: string;
  /** failed | delayed | delivered | relayed | expanded */
  action: string;
  /** The enhanced status code (RFC 3463), e.g. 5.1.1; empty when absent. */
  status: string;
  /** The remote server's own words, when given. */
  diagnostic: string;
}

/** Reads the `message/delivery-status` part of a DSN: one entry per recipient block. */
export function parseDeliveryStatus(text: string): DsnRecipient[] {
  const unfolded = text.replace(/\r\n/g, '\n').replace(/\n[ \t]+/g, ' ');
  const blocks = unfolded.split(/\n\s*\n/);
  const recipients: DsnRecipient[] = [];
  for (const block of blocks) {
    const fields = new Map<string, string>();
    for (const line of block.split('\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const address = fields.get('final-recipient') ?? fields.get('original-recipient');
    if (!address) continue;
    recipients.push({
      recipient: addressOf(address),
      action: (fields.get('action') ?? '').toLowerCase(),
      status: (/\d\.\d{1,3}\.\d{1,3}/.exec(fields.get('status') ?? '') ?? [''])[0],
      diagnostic: fields.get('diagnostic-code') ?? '',
    });
  }
  return recipients;
}

/** "rfc822; <User@Example.org>" -> "user@example.org" */
function addressOf(field: string): string {
  const value = field.includes(';') ? field.slice(field.indexOf(';') + 1) : field;
  return value.trim().replace(/^<|>$/g, '').toLowerCase();
}

/**
 * A permanent failure: the relay gave up on the address (action failed with a 5.x.x status).
 * A delay (4.x.x) is no reason to stop mailing anyone.
 */
export function isHardBounce(report: DsnRecipient): boolean {
  return report.action === 'failed' && report.status.startsWith('5.');
}
