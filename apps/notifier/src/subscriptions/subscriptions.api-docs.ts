import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { ApiErrors, ApiIdempotencyKey } from '@dw/platform';

// The OpenAPI description of the subscription routes, kept beside the controller so that it stays thin.

/** The fields of a subscription, as the JSON route takes them; the status page's form sends some of them. */
export const SUBSCRIPTION_FIELDS = {
  email: { type: 'string', example: 'desk@example.org' },
  tracks: { type: 'array', items: { type: 'string' }, example: ['kr-us'] },
  events: {
    type: 'array',
    items: {
      type: 'string',
      enum: ['status.changed', 'deadline.changed', 'deadline.countdown', 'digest'],
    },
  },
  digest: { type: 'string', enum: ['off', 'daily', 'weekly'] },
  digestTime: { type: 'string', example: '08:00' },
  digestWeekday: { type: 'integer', minimum: 1, maximum: 7 },
  timezone: { type: 'string', example: 'Asia/Seoul' },
};

/** The signed token every email-link page takes. */
export const TOKEN_QUERY = {
  name: 'token',
  required: true,
  description: 'The signed token of the link in the email',
  example: 'eyJzIjoxLCJwIjoidW5zdWJzY3JpYmUifQ.bm90LWEtcmVhbC1zaWduYXR1cmU',
};

/** The pages behind email links: the page, or a page saying why the link does not work. */
export const ApiLinkPageResponses = () =>
  applyDecorators(
    ApiResponse({ status: 200, description: 'the page (text/html)' }),
    ApiResponse({ status: 400, description: 'a broken or forged link (text/html page)' }),
    ApiResponse({ status: 404, description: 'the subscriber is gone (text/html page)' }),
    ApiResponse({ status: 410, description: 'an expired link (text/html page)' }),
  );

/** POST /api/subscriptions: the body, its examples and every answer. */
export const ApiSubscribeDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Subscribe an address (double opt-in)',
      description:
        'Sends a confirmation email (at most one per 10 minutes per address); nothing else is sent before its link is followed. Re-subscribing an active address changes its preferences only once the new confirmation link is followed. Rate-limited per client and per address.',
    }),
    ApiBody({
      schema: {
        type: 'object',
        required: ['email'],
        properties: SUBSCRIPTION_FIELDS,
      },
      examples: {
        weekly: {
          summary: 'Alerts of the Korea–US track and a weekly digest on Monday 08:00 Seoul time',
          value: {
            email: 'desk@example.org',
            tracks: ['kr-us'],
            digest: 'weekly',
            digestWeekday: 1,
            digestTime: '08:00',
            timezone: 'Asia/Seoul',
          },
        },
        minimal: { summary: 'Every alert of every track', value: { email: 'analyst@example.org' } },
      },
    }),
    ApiResponse({
      status: 202,
      description: 'accepted; a confirmation email is on its way',
      schema: {
        type: 'object',
        required: ['status', 'message'],
        properties: {
          status: { type: 'string', enum: ['pending_confirmation'] },
          message: { type: 'string' },
        },
      },
    }),
    ApiErrors(
      400,
      { 409: 'an Idempotency-Key reused with another body, or its first request still running' },
      413,
      415,
      { 429: 'too many requests for this client or address; see Retry-After' },
    ),
    ApiIdempotencyKey(),
  );
