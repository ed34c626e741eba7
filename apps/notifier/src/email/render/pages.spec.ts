import { decode } from 'he';
import { validateSubscription, type SubscriptionRequest } from '@dw/domain/subscriptions';
import { renderPage } from './index';

const ctx = { publicUrl: 'https://watch.example', unsubscribeToken: 'u.tok', preferencesToken: 'p.tok' };
const current: SubscriptionRequest = {
  email: 'kim@example.kr',
  tracks: ['kr-us'],
  events: ['status.changed'],
  digest: { cadence: 'weekly', weekday: 5, time: '07:30' },
  timezone: 'Asia/Seoul',
};

describe('renderPage', () => {
  it('confirms with links to preferences and unsubscribe', () => {
    const page = renderPage('subscription-confirmed', { email: 'kim@example.kr' }, ctx);
    expect(page.status).toBe(200);
    expect(decode(page.html)).toContain('href="https://watch.example/preferences?token=p.tok"');
    expect(decode(page.html)).toContain('href="https://watch.example/api/unsubscribe?token=u.tok"');
  });

  it.each([
    ['expired', 410, 'This link has expired'],
    ['invalid', 400, 'This link is not valid'],
    ['unknown_subscriber', 404, 'Subscription not found'],
  ] as const)('explains a %s link with HTTP %d', (reason, status, heading) => {
    const page = renderPage('link-invalid', { reason }, ctx);
    expect([page.status, page.title]).toEqual([status, heading]);
    expect(page.html).toContain(heading);
  });

  it('escapes the address on the unsubscribed page', () => {
    const page = renderPage(
      'unsubscribed',
      { email: '<img src=x>@example.com' },
      { publicUrl: 'https://watch.example' },
    );
    expect(page.html).not.toContain('<img');
    expect(page.html).toContain('no more emails from Deadline Watch');
  });

  it('pre-fills the preferences form with field names the validator reads back', () => {
    const page = renderPage(
      'preferences',
      {
        email: current.email,
        current,
        tracks: [
          { id: 'kr-us', name: 'South Korea–US' },
          { id: 'jp-us', name: 'Japan–US <script>' },
        ],
      },
      ctx,
    );
    const html = decode(page.html);
    expect(html).toContain('<form method="post" action="https://watch.example/preferences?token=p.tok">');
    expect(html).toContain('name="tracks" value="kr-us" checked>');
    expect(html).toContain('name="tracks" value="jp-us">');
    expect(page.html).not.toContain('<script>');
    expect(html).toContain('name="events" value="status.changed" checked>');
    expect(html).toContain('name="events" value="deadline.changed">');
    expect(html).toContain('<option value="weekly" selected>');
    expect(html).toContain('<option value="5" selected>Friday');
    expect(html).toContain('name="digestTime" value="07:30"');
    expect(html).toContain('name="timezone" value="Asia/Seoul"');

    // What a browser posts back (checked boxes plus the hidden empty values) validates to the same choice.
    const posted = {
      email: current.email,
      tracks: ['', 'kr-us'],
      events: ['', 'status.changed'],
      digest: 'weekly',
      digestWeekday: '5',
      digestTime: '07:30',
      timezone: 'Asia/Seoul',
    };
    expect(validateSubscription(posted)).toEqual({ ok: true, value: current });
  });

  it('shows field errors with HTTP 400', () => {
    const page = renderPage(
      'preferences',
      {
        email: current.email,
        current,
        tracks: [],
        errors: [{ field: 'timezone', message: 'not an IANA time zone' }],
      },
      ctx,
    );
    expect(page.status).toBe(400);
    expect(page.html).toContain('timezone: not an IANA time zone');
  });
});
