import { decode } from 'he';
import { simpleParser } from 'mailparser';
import { createTransport } from 'nodemailer';
import type { CountdownEvent, DeadlineChangedEvent, Evidence, StatusChangedEvent } from '@dw/domain';
import { composeDigest } from '@dw/domain/digest';
import { EMAIL_KINDS, renderEmail, type EmailKind, type EmailModels, type RenderContext } from './index';

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)> Deal & "done"`;
const track = {
  id: 'kr-us',
  name: 'South Korea–US',
  deadline: { at: '2025-08-01T04:01:00.000Z', timezone: 'America/New_York' },
};
const evidence: Evidence = {
  articleId: 'a1',
  title: HOSTILE,
  url: 'javascript:alert(1)',
  source: 'Yonhap <b>wire</b>',
  publishedAt: '2025-07-30T01:00:00Z',
  signal: 'deal_reached',
  sentence: 'Seoul and Washington "reached a deal" <em>tonight</em>.',
};
const safeEvidence: Evidence = {
  ...evidence,
  title: 'Deal reached',
  url: 'https://news.example/deal?a=1&b=2',
};

const statusEvent: StatusChangedEvent = {
  id: 'status.changed:kr-us:1',
  type: 'status.changed',
  trackId: 'kr-us',
  occurredAt: '2025-07-30T02:00:00.000Z',
  data: { from: 'negotiating', to: 'deal_reached', evidence: [evidence, safeEvidence] },
};
const deadlineEvent: DeadlineChangedEvent = {
  id: 'deadline.changed:kr-us:1',
  type: 'deadline.changed',
  trackId: 'kr-us',
  occurredAt: '2025-07-20T02:00:00.000Z',
  data: { from: '2025-07-09T04:01:00.000Z', to: '2025-08-01T04:01:00.000Z', evidence: [safeEvidence] },
};
const countdownEvent: CountdownEvent = {
  id: 'deadline.countdown:kr-us:24h@2025-08-01T04:01:00.000Z',
  type: 'deadline.countdown',
  trackId: 'kr-us',
  occurredAt: '2025-07-31T04:01:00.000Z',
  data: { milestone: '24h', deadline: '2025-08-01T04:01:00.000Z', status: 'negotiating' },
};

const models: EmailModels = {
  confirmation: {
    subscription: {
      email: 'kim@example.kr',
      tracks: ['kr-us'],
      events: ['status.changed', 'deadline.countdown'],
      digest: { cadence: 'weekly', weekday: 5, time: '07:30' },
      timezone: 'Asia/Seoul',
    },
    trackNames: ['South Korea–US'],
    confirmToken: 'confirm.token.abc',
    expiresAt: new Date('2025-07-22T00:00:00Z'),
  },
  'status.changed': { event: statusEvent, track },
  'deadline.changed': { event: deadlineEvent, track },
  'deadline.countdown': { event: countdownEvent, track },
  digest: {
    content: composeDigest({
      subscriber: {
        email: 'kim@example.kr',
        timezone: 'Asia/Seoul',
        lastDigestAt: new Date('2025-07-29T23:00:00Z'),
      },
      now: new Date('2025-07-30T23:00:00Z'),
      tracks: [
        {
          track,
          status: 'deal_reached',
          deadline: track.deadline,
          statusChanges: [
            { from: 'negotiating', to: 'deal_reached', at: statusEvent.occurredAt, evidence: [evidence] },
          ],
          articles: [
            {
              id: 'x',
              title: HOSTILE,
              url: 'https://news.example/x',
              source: 'Reuters',
              publishedAt: '2025-07-30T01:00:00Z',
            },
          ],
          talks: [{ title: 'Ministers sign in Washington', at: '2025-07-31T15:00:00Z', source: 'Yonhap' }],
        },
      ],
    }),
  },
};

const ctx = (timezone: string): RenderContext => ({
  publicUrl: 'https://watch.example/',
  timezone,
  unsubscribeToken: 'unsub.tok',
  preferencesToken: 'prefs.tok',
});

describe('renderEmail', () => {
  it.each(EMAIL_KINDS.map((kind) => [kind]))(
    '%s has a subject, both parts and the status page link',
    (kind) => {
      const email = renderEmail(kind, models[kind] as never, ctx('Asia/Seoul'));
      expect(email.subject.length).toBeGreaterThan(5);
      expect(email.subject).not.toMatch(/[\r\n]/);
      expect(email.html).toMatch(/^<!doctype html>/);
      expect(email.html).toContain('href="https://watch.example/"');
      expect(email.text).toContain('Status page: https://watch.example/');
    },
  );

  it.each(EMAIL_KINDS.filter((k) => k !== 'confirmation').map((kind) => [kind]))(
    '%s carries List-Unsubscribe (RFC 8058) and preference and unsubscribe links',
    (kind) => {
      const email = renderEmail(kind, models[kind] as never, {
        ...ctx('UTC'),
        unsubscribeMailto: 'unsub@watch.example',
      });
      expect(email.headers).toMatchObject({
        'List-Unsubscribe':
          '<https://watch.example/api/unsubscribe?token=unsub.tok>, <mailto:unsub@watch.example?subject=unsubscribe>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      });
      for (const part of [decode(email.html), email.text]) {
        expect(part).toContain('https://watch.example/api/unsubscribe?token=unsub.tok');
        expect(part).toContain('https://watch.example/preferences?token=prefs.tok');
      }
    },
  );

  it('refuses to render an alert without an unsubscribe token', () => {
    const kind: EmailKind = 'status.changed';
    expect(() =>
      renderEmail(kind, models[kind], { publicUrl: 'https://watch.example', timezone: 'UTC' }),
    ).toThrow(/unsubscribe/);
  });

  it('sends the confirmation with a confirm link and no List-Unsubscribe', () => {
    const email = renderEmail('confirmation', models.confirmation, {
      publicUrl: 'https://watch.example',
      timezone: 'Asia/Seoul',
    });
    expect(email.headers['List-Unsubscribe']).toBeUndefined();
    expect(decode(email.html)).toContain(
      'href="https://watch.example/api/subscriptions/confirm?token=confirm.token.abc"',
    );
    expect(email.text).toContain(
      'Confirm: https://watch.example/api/subscriptions/confirm?token=confirm.token.abc',
    );
    expect(email.text).toContain('a weekly digest on Friday at 07:30 (Asia/Seoul)');
    expect(email.text).toContain('Tue 22 Jul 2025, 09:00 GMT+9 (Asia/Seoul)');
  });

  it.each(['status.changed', 'digest'] as const)(
    'escapes a hostile feed title and drops javascript: links in %s',
    (kind) => {
      const email = renderEmail(kind, models[kind] as never, ctx('UTC'));
      expect(email.html).not.toMatch(/<script|<img|<em>|<b>wire|onerror=alert|javascript:/i);
      expect(email.html).toContain(
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; Deal &amp; &quot;done&quot;',
      );
      expect(email.text).toContain(HOSTILE);
      expect(email.text).not.toContain('&lt;');
    },
  );

  it('quotes the evidence with links to the sources', () => {
    const email = renderEmail('status.changed', models['status.changed'], ctx('UTC'));
    expect(email.subject).toBe('South Korea–US: Deal reached (was Negotiating)');
    expect(email.html).toContain(
      '&ldquo;Seoul and Washington &quot;reached a deal&quot; &lt;em&gt;tonight&lt;/em&gt;.&rdquo;',
    );
    expect(email.html).toContain('<a href="https://news.example/deal?a&#x3D;1&amp;b&#x3D;2"');
    expect(email.text).toContain('"Seoul and Washington "reached a deal" <em>tonight</em>."');
    expect(email.text).toContain('https://news.example/deal?a=1&b=2');
  });

  it.each([
    [
      'Asia/Seoul',
      'Fri 1 Aug 2025, 13:01 GMT+9 (Asia/Seoul)',
      'As stated: Fri 1 Aug 2025, 00:01 EDT in America/New_York',
    ],
    ['America/New_York', 'Fri 1 Aug 2025, 00:01 EDT (America/New_York)', null],
  ])('shows times in the recipient zone %s', (zone, deadline, statedIn) => {
    const email = renderEmail('deadline.countdown', models['deadline.countdown'], ctx(zone));
    expect(email.subject).toBe('South Korea–US: 24 hours to the deadline');
    for (const part of [email.html, email.text]) {
      expect(part).toContain(deadline);
      if (statedIn) expect(part).toContain(statedIn);
      else expect(part).not.toContain('As stated');
    }
  });

  it('says the exact time left when a milestone fired late', () => {
    const late = { ...countdownEvent, occurredAt: '2025-07-31T09:01:00.000Z' };
    const email = renderEmail('deadline.countdown', { event: late, track }, ctx('UTC'));
    expect(email.subject).toBe('South Korea–US: 19 hours to the deadline');
  });

  it('says an unconfirmed change is unconfirmed, how many outlets stand behind a change, and a withdrawal', () => {
    const base = statusEvent.data;
    const unconfirmed = {
      ...statusEvent,
      data: {
        ...base,
        fromPhase: 'negotiating' as const,
        phase: 'framework_deal' as const,
        confirmed: false,
        outlets: 1,
      },
    };
    const email = renderEmail('status.changed', { event: unconfirmed, track }, ctx('UTC'));
    expect(email.subject).toBe('Unconfirmed: South Korea–US: Deal reached (framework) (was Negotiating)');
    for (const part of [email.html, email.text])
      expect(part).toContain('Reported by one outlet, not yet confirmed');
    const confirmed = { ...statusEvent, data: { ...base, confirmed: true, confirms: 'x', outlets: 4 } };
    expect(renderEmail('status.changed', { event: confirmed, track }, ctx('UTC')).text).toContain(
      'Confirmed: now reported by 4 outlets.',
    );
    const withdrawn = {
      ...statusEvent,
      data: { ...base, withdraws: 'x', reason: 'denied' as const, outlets: 0 },
    };
    const mail = renderEmail('status.changed', { event: withdrawn, track }, ctx('UTC'));
    expect(mail.subject.startsWith('Withdrawn: ')).toBe(true);
    expect(mail.text).toContain('the earlier report was denied');
    const held = {
      ...deadlineEvent,
      data: { ...deadlineEvent.data, confirmed: false, outlets: 1, countdown: 'held' as const },
    };
    expect(renderEmail('deadline.changed', { event: held, track }, ctx('UTC')).text).toContain(
      'Countdown alerts for the current deadline are held until this move is confirmed or withdrawn.',
    );
  });

  it('renders the deadline move old to new', () => {
    const email = renderEmail('deadline.changed', models['deadline.changed'], ctx('America/New_York'));
    expect(email.text).toContain(
      'Deadline moved: Wed 9 Jul 2025, 00:01 EDT (America/New_York) -> Fri 1 Aug 2025, 00:01 EDT (America/New_York)',
    );
    expect(email.text).toContain('12 days 2 hours left.');
  });

  it('renders a deadline an editor cleared: the old date no longer applies, no countdown', () => {
    const cleared = {
      ...deadlineEvent,
      data: { ...deadlineEvent.data, from: '2025-08-01T04:01:00.000Z', to: null, manual: true },
    };
    const email = renderEmail('deadline.changed', { event: cleared, track }, ctx('America/New_York'));
    expect(email.subject).toContain('deadline cleared');
    expect(email.text).toContain(
      'Deadline cleared: Fri 1 Aug 2025, 00:01 EDT (America/New_York) no longer applies.',
    );
    expect(email.text).toContain('the countdown stops');
    expect(email.text).not.toMatch(/ left\./);
    expect(email.html).toContain('Deadline cleared');
  });

  it('renders a no-change digest with the short line and the countdown', () => {
    const content = composeDigest({
      subscriber: { email: 'a@example.com', timezone: 'UTC', lastDigestAt: new Date('2025-07-29T08:00:00Z') },
      now: new Date('2025-07-30T08:00:00Z'),
      tracks: [
        {
          track,
          status: 'negotiating',
          deadline: track.deadline,
          statusChanges: [],
          articles: [],
          talks: [],
        },
      ],
    });
    const email = renderEmail('digest', { content }, ctx('UTC'));
    expect(email.text).toContain('No change since your last digest.');
    expect(email.text).toContain('1 day 20 hours left before the deadline');
    expect(email.html).toContain('No change since your last digest.');
  });

  it('keeps the subject to one line even when a track name carries line breaks', () => {
    const email = renderEmail(
      'deadline.countdown',
      { event: countdownEvent, track: { ...track, name: 'Evil\r\nBcc: victim@example.com' } },
      ctx('UTC'),
    );
    expect(email.subject).toBe('Evil Bcc: victim@example.com: 24 hours to the deadline');
  });

  it('survives MIME composition: both parts and the headers arrive', async () => {
    const rendered = renderEmail('digest', models.digest, ctx('Asia/Seoul'));
    const transport = createTransport({ streamTransport: true, buffer: true });
    const info = await transport.sendMail({
      from: 'alerts@watch.example',
      to: 'kim@example.kr',
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      headers: rendered.headers,
    });
    const message: unknown = info.message;
    if (!Buffer.isBuffer(message)) throw new Error('expected a buffered message');
    const parsed = await simpleParser(message);
    expect(parsed.subject).toBe(rendered.subject);
    expect(parsed.text?.trim()).toBe(rendered.text.trim());
    expect(parsed.html).toBe(rendered.html);
    const raw = message.toString('utf8').replace(/\r\n[ \t]+/g, ' ');
    expect(raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n');
    expect(raw).toContain('List-Unsubscribe: <https://watch.example/api/unsubscribe?token=unsub.tok>\r\n');
  });
});
