import type { AttemptTrigger } from '@dw/platform';

/** A 2xx that was received but not yet recorded, kept with the job so a rerun records instead of sending. */
export interface AcceptedOutcome {
  at: string;
  statusCode: number;
  latencyMs: number;
  trigger: string;
}

export interface AttemptJob {
  deliveryId: number;
  /** 0-based place in the retry schedule. */
  attempt: number;
  /** Set for a retry asked for through the API: one attempt, no schedule after it. */
  manual?: string;
  /** The endpoint's id when the job names it (its slot is taken while the delivery loads). */
  endpoint?: string;
  /** Set for the jobs of a recovery: carried on to every retry of it. */
  recovery?: string;
  /** The job was handed out again after its worker stopped (BullMQ stalled-job recovery). */
  redelivered: boolean;
  /** Why the previous run of this job failed, if it did. */
  previousFailure?: string | null;
  /**
   * Set on a rerun of a group job: a member already attempted (its own job carries it on) is not
   * sent again by the group.
   */
  onlyIfUnattempted?: boolean;
  accepted?: AcceptedOutcome;
  /** Puts an accepted outcome into the job itself (Redis) while the database cannot take it. */
  keepAccepted?: (accepted: AcceptedOutcome) => Promise<void>;
}

export type AttemptSummary =
  'sent' | 'already-sent' | 'skipped' | 'saturated' | 'retry-scheduled' | 'failed' | 'disabled';

/** Why an attempt run happened, as its log line says. */
export function triggerOf(job: AttemptJob, resend: boolean): AttemptTrigger {
  if (job.manual) return 'manual';
  if (resend) return 'redelivery';
  return job.recovery ? 'recovery' : 'scheduled';
}
