import { deadlineEvent, stepDeadline } from './deadline-step';
import { stableEventId } from './ids';
import { entriesOf, type ClassifiedArticle, type TrackState } from './ledger';
import { DEFAULT_STATUS_POLICY, type StatusPolicy } from './policy';
import { dismiss, stepStatus, withdrawal } from './status-step';
import { phaseOf, type StatusEvent, type StatusStep } from './step';

export { applyManualDeadline, type ManualDeadline } from './manual-deadline';
export { phaseOf, type StatusEvent, type StatusStep } from './step';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const PROCESSED_LIMIT = 2000;

/**
 * Withdraws unconfirmed changes that nobody corroborated in time. Pure; called before every
 * article and by the periodic sweep, and dated at the time-out itself so both give the same event.
 */
export function expireUnconfirmed(
  state: TrackState,
  now: Date,
  policy: StatusPolicy = DEFAULT_STATUS_POLICY,
): StatusStep {
  const timeoutMs = policy.provisionalTimeoutHours * HOUR_MS;
  const events: StatusEvent[] = [];
  let next = state;
  const pending = state.pending;
  if (pending && now.getTime() - pending.since > timeoutMs) {
    const at = new Date(pending.since + timeoutMs).toISOString();
    events.push(withdrawal(state, pending, 'not_confirmed_in_time', at, [], policy));
    next = dismiss(next, pending);
  }
  const moved = state.pendingDeadline;
  if (moved && now.getTime() - moved.since > timeoutMs) {
    const at = new Date(moved.since + timeoutMs).toISOString();
    events.push(
      deadlineEvent(
        state,
        stableEventId(state.trackId, 'deadline.withdrawn', moved.eventId),
        moved.to,
        state.deadline?.at ?? moved.from ?? moved.to,
        at,
        [],
        { confirmed: true, outlets: 0, withdraws: moved.eventId, reason: 'not_confirmed_in_time' },
        policy,
      ),
    );
    next = {
      ...next,
      pendingDeadline: null,
      dismissedDeadlines: { ...next.dismissedDeadlines, [moved.date]: moved.evidenceAt ?? moved.since },
    };
  }
  return { state: next, events };
}

/**
 * Applies one classified article to a track. Pure: the same state, article, policy and `now`
 * give the same result, and an article already applied changes nothing and emits nothing.
 */
export function applyArticle(
  state: TrackState,
  article: ClassifiedArticle,
  now: Date,
  policy: StatusPolicy = DEFAULT_STATUS_POLICY,
): StatusStep {
  if (state.processed.includes(article.articleId)) return { state, events: [] };
  const nowMs = now.getTime();
  const expired = expireUnconfirmed(state, now, policy);
  const processed = [...state.processed, article.articleId].slice(-PROCESSED_LIMIT);
  const concerns = article.classification.relevant && article.classification.tracks[0] === state.trackId;
  const fresh = concerns
    ? entriesOf(article, now).filter((entry) => entry.denied || entry.confidence >= policy.minConfidence)
    : [];
  const ledger = [...expired.state.ledger, ...fresh].filter(
    (entry) => nowMs - entry.at <= policy.ledgerDays * DAY_MS,
  );
  const next: TrackState = { ...expired.state, phase: phaseOf(expired.state), ledger, processed };
  if (fresh.length === 0) return { state: next, events: expired.events };
  /** Ids name the change and the story that tipped it: a backfill replaying the same stories repeats them. */
  const trigger = article.storyId ?? article.articleId;
  const status = stepStatus(next, fresh, nowMs, trigger, policy);
  const deadline = stepDeadline(status.state, nowMs, trigger, policy);
  return { state: deadline.state, events: [...expired.events, ...status.events, ...deadline.events] };
}

/** Whether countdown alerts for the track's deadline may go out, and why not. */
export function countdownHold(state: Partial<TrackState>): 'held' | 'not_binding' | null {
  if (state.pendingDeadline) return 'held';
  if (state.deadlineBinding === false) return 'not_binding';
  return null;
}
