import type { DeadlineChangedEvent } from '../model/events';
import type { TrackDeadline } from '../model/track';
import { former } from './deadline-step';
import { stableEventId } from './ids';
import type { TrackState } from './ledger';
import type { StatusStep } from './step';

export interface ManualDeadline {
  /** null clears it: the track has no deadline until one is set again (by hand or from the news). */
  deadline: TrackDeadline | null;
  /** Who set it, e.g. the admin's name; shown as the source. */
  actor: string;
  /** Why, in the editor's words; shown as the evidence sentence. */
  note?: string;
}

/**
 * An editor sets (or clears) the deadline: the same deadline.changed event as one read from the
 * news, with the editor as its source. It binds at once, replaces any unconfirmed move and restarts
 * the countdown; a cleared deadline stops it, and its date is one moved away from (a later mention
 * of it is background).
 */
export function applyManualDeadline(state: TrackState, input: ManualDeadline, now: Date): StatusStep {
  const at = input.deadline ? new Date(input.deadline.at).toISOString() : null;
  const from = state.deadline?.at ?? null;
  const unchanged = at === null ? from === null : from === at && state.deadlineBinding !== false;
  if (unchanged && !state.pendingDeadline) return { state, events: [] };
  const action = input.deadline ? `set to ${at} (${input.deadline.timezone})` : 'cleared';
  const sentence = input.note?.trim() || `Deadline ${action} by ${input.actor}.`;
  const event: DeadlineChangedEvent = {
    id: stableEventId(state.trackId, 'deadline.changed', from, at ?? 'none', 'manual', now.getTime()),
    type: 'deadline.changed',
    trackId: state.trackId,
    occurredAt: now.toISOString(),
    data: {
      from,
      to: at,
      manual: true,
      ...(input.deadline ? { timezone: input.deadline.timezone } : {}),
      confirmed: true,
      outlets: 0,
      ...(state.pendingDeadline
        ? { withdraws: state.pendingDeadline.eventId, reason: 'superseded' as const }
        : {}),
      evidence: [
        {
          articleId: `manual:${now.getTime()}`,
          title: `Deadline ${input.deadline ? 'set' : 'cleared'} by ${input.actor}`,
          url: '',
          source: input.actor,
          publishedAt: now.toISOString(),
          signal: 'deadline_set',
          sentence,
          attribution: 'official',
        },
      ],
    },
  };
  return {
    state: {
      ...state,
      deadline: at && input.deadline ? { at, timezone: input.deadline.timezone } : null,
      deadlineBinding: true,
      pendingDeadline: null,
      formerDeadlines: former(state),
    },
    events: [event],
  };
}
