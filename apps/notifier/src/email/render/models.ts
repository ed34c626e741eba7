import type {
  CountdownEvent,
  DeadlineChangedEvent,
  StatusChangedEvent,
  TrackDeadline,
  TrackStatus,
} from '@dw/domain';
import type { DigestContent } from '@dw/domain/digest';
import type { SubscriptionRequest } from '@dw/domain/subscriptions';

/** What a message says about its track beyond the event. */
export interface TrackInfo {
  id: string;
  name: string;
  /** The current deadline, for the countdown line of alerts. */
  deadline?: TrackDeadline | null;
  status?: TrackStatus;
}

export interface ConfirmationModel {
  subscription: SubscriptionRequest;
  /** Names of the chosen tracks; empty for every track. */
  trackNames: string[];
  confirmToken: string;
  expiresAt: Date;
}

export interface StatusChangedModel {
  event: StatusChangedEvent;
  track: TrackInfo;
}

export interface DeadlineChangedModel {
  event: DeadlineChangedEvent;
  track: TrackInfo;
}

export interface CountdownModel {
  event: CountdownEvent;
  track: TrackInfo;
}

export interface DigestModel {
  content: DigestContent;
}

export interface EmailModels {
  confirmation: ConfirmationModel;
  'status.changed': StatusChangedModel;
  'deadline.changed': DeadlineChangedModel;
  'deadline.countdown': CountdownModel;
  digest: DigestModel;
}

export type EmailKind = keyof EmailModels;

export const EMAIL_KINDS: readonly EmailKind[] = [
  'confirmation',
  'status.changed',
  'deadline.changed',
  'deadline.countdown',
  'digest',
];

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}
