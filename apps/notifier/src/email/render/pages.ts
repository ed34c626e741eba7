import Handlebars from 'handlebars';
import { EMAIL_ALERT_EVENTS, type FieldError, type SubscriptionRequest } from '@dw/domain/subscriptions';
import { baseUrl, EMAIL_LINK_PATHS, tokenLink } from './context';
import { oneLine } from './sanitize';
import { PAGE_TEMPLATES } from './templates/pages';

export interface PageContext {
  publicUrl: string;
  productName?: string;
  unsubscribeToken?: string;
  preferencesToken?: string;
}

export type LinkProblem = 'expired' | 'invalid' | 'wrong_purpose' | 'unknown_subscriber';

export interface PageModels {
  'subscription-confirmed': { email: string };
  unsubscribed: { email: string | null };
  'link-invalid': { reason: LinkProblem };
  preferences: {
    email: string;
    current: SubscriptionRequest;
    tracks: { id: string; name: string }[];
    saved?: boolean;
    errors?: FieldError[];
  };
}

export type PageKind = keyof PageModels;

export interface RenderedPage {
  title: string;
  html: string;
  /** The HTTP status the page goes with. */
  status: number;
}

const env = Handlebars.create();
const compiled = new Map<string, (context: unknown) => string>();

function template(name: keyof typeof PAGE_TEMPLATES): (context: unknown) => string {
  let found = compiled.get(name);
  if (!found) {
    const render = env.compile(PAGE_TEMPLATES[name]);
    found = (context: unknown) => render(context);
    compiled.set(name, found);
  }
  return found;
}

const EVENT_LABELS: Record<string, string> = {
  'status.changed': 'Status changes',
  'deadline.changed': 'Deadline changes',
  'deadline.countdown': 'Countdown (7 days, 3 days, 24 hours, 6 hours, 1 hour, passed)',
};
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CADENCES = [
  { id: 'off', label: 'No digest' },
  { id: 'daily', label: 'Daily' },
  { id: 'weekly', label: 'Weekly' },
];
const COMMON_ZONES = [
  'UTC',
  'Asia/Seoul',
  'Asia/Tokyo',
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
];

const LINK_PROBLEMS: Record<LinkProblem, { heading: string; message: string; status: number }> = {
  expired: {
    heading: 'This link has expired',
    message: 'Subscribe again from the status page to get a fresh link.',
    status: 410,
  },
  invalid: {
    heading: 'This link is not valid',
    message: 'It may have been cut short by your mail program. Try copying the whole link.',
    status: 400,
  },
  wrong_purpose: {
    heading: 'This link is not valid here',
    message: 'Use the link from the email for this action.',
    status: 400,
  },
  unknown_subscriber: {
    heading: 'Subscription not found',
    message: 'It may have been removed. Subscribe again from the status page.',
    status: 404,
  },
};

function pageBody(kind: PageKind, model: PageModels[PageKind], ctx: PageContext, product: string) {
  const unsubscribeUrl = ctx.unsubscribeToken
    ? tokenLink(ctx.publicUrl, EMAIL_LINK_PATHS.unsubscribe, ctx.unsubscribeToken)
    : null;
  const preferencesUrl = ctx.preferencesToken
    ? tokenLink(ctx.publicUrl, EMAIL_LINK_PATHS.preferences, ctx.preferencesToken)
    : null;
  switch (kind) {
    case 'subscription-confirmed': {
      const { email } = model as PageModels['subscription-confirmed'];
      return {
        title: 'Subscription confirmed',
        status: 200,
        view: { email, preferencesUrl, unsubscribeUrl },
      };
    }
    case 'unsubscribed': {
      const { email } = model as PageModels['unsubscribed'];
      return { title: 'Unsubscribed', status: 200, view: { email, productName: product } };
    }
    case 'link-invalid': {
      const problem = LINK_PROBLEMS[(model as PageModels['link-invalid']).reason] ?? LINK_PROBLEMS.invalid;
      return { title: problem.heading, status: problem.status, view: problem };
    }
    case 'preferences': {
      const { email, current, tracks, saved, errors } = model as PageModels['preferences'];
      if (!preferencesUrl) throw new Error('The preferences page needs the preferences token for its form');
      const zones = COMMON_ZONES.includes(current.timezone)
        ? COMMON_ZONES
        : [current.timezone, ...COMMON_ZONES];
      return {
        title: 'Your alerts',
        status: errors && errors.length > 0 ? 400 : 200,
        view: {
          email,
          saved: saved ?? false,
          errors: errors ?? [],
          actionUrl: preferencesUrl,
          unsubscribeUrl,
          tracks: tracks.map((t) => ({
            id: t.id,
            name: oneLine(t.name),
            selected: current.tracks.includes(t.id),
          })),
          events: EMAIL_ALERT_EVENTS.map((id) => ({
            id,
            label: EVENT_LABELS[id],
            selected: current.events.includes(id),
          })),
          cadences: CADENCES.map((c) => ({ ...c, selected: c.id === current.digest.cadence })),
          weekdays: WEEKDAYS.map((label, i) => ({
            id: i + 1,
            label,
            selected: (current.digest.weekday ?? 1) === i + 1,
          })),
          digestTime: current.digest.time,
          timezone: current.timezone,
          zones,
        },
      };
    }
    default:
      throw new Error(`Unknown page "${String(kind)}"`);
  }
}

/**
 * The pages behind email links: confirmation done, unsubscribed, a bad or expired link, and the
 * preferences form. The form posts to the preferences link with field names that
 * validateSubscription reads (tracks, events, digest, digestWeekday, digestTime, timezone).
 */
export function renderPage<K extends PageKind>(
  kind: K,
  model: PageModels[K],
  ctx: PageContext,
): RenderedPage {
  const product = ctx.productName ?? 'Deadline Watch';
  const { title, status, view } = pageBody(kind, model, ctx, product);
  const body = template(kind)(view);
  const html = template('layout')({
    title,
    productName: product,
    statusPageUrl: `${baseUrl(ctx.publicUrl)}/`,
    body,
  });
  return { title, html, status };
}
