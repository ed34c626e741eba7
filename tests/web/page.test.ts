import { SimulatedClock } from '@dw/domain';
import { SubscribersRepository } from '@dw/platform';
import { startTestApp, type TestApp } from '../support/app';
import { DEADLINE, seedHistory } from './fixtures';

const DAY = 86_400_000;

async function getPage(t: TestApp, path = '/'): Promise<{ res: Response; html: string }> {
  const res = await fetch(`${t.url}${path}`);
  return { res, html: await res.text() };
}

function postForm(t: TestApp, fields: [string, string][]): Promise<Response> {
  return fetch(`${t.url}/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

describe('status page (server-rendered, works without JavaScript)', () => {
  const clock = new SimulatedClock(Date.parse(DEADLINE) - 3 * DAY - 5 * 3_600_000);
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    await seedHistory(t.app);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('shows countdown, badge, deadline in its zone, moves struck through, timeline and articles', async () => {
    const { res, html } = await getPage(t);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const kr = html.slice(html.indexOf('id="track-kr-us"'), html.indexOf('id="track-jp-us"'));
    expect(kr).toContain('<span class="badge badge-stalled" data-status="stalled">Stalled</span>');
    expect(kr).toContain('data-countdown data-deadline="2025-08-01T04:01:00.000Z"');
    expect(kr).toMatch(/data-unit="days">3</);
    expect(kr).toMatch(/data-unit="hours">05</);
    expect(kr).toContain('3 days 5 hours left');
    expect(kr).toContain(
      'Friday 1 August 2025, 00:01 EDT</time> <span class="muted">(America/New_York)</span>',
    );
    expect(kr).toContain(
      '<del>Wednesday 9 July 2025, 00:01 EDT</del> → <ins>Friday 1 August 2025, 00:01 EDT</ins>',
    );
    expect(kr).toMatch(/Negotiating → <span class="badge badge-stalled">Stalled<\/span>/);
    expect(kr).toContain('<blockquote>Trade ministers held talks in Washington.</blockquote>');
    expect(kr).toContain('href="https://news.example/a2?x&#x3D;1&amp;y&#x3D;2"');
    expect(kr).toContain('Talks held <span aria-label="confidence">90%</span>');
    expect(kr).toContain('Trade ministers will meet in Washington on July 31');
    // The default track comes first, as in TRACKS_FILE.
    expect(html.indexOf('id="track-kr-us"')).toBeLessThan(html.indexOf('id="track-eu-us"'));
  });

  it('escapes everything that came from feeds and never links a javascript: URL', async () => {
    const { res, html } = await getPage(t);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; Tariff &amp; &quot;talks&quot; &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;',
    );
    expect(html).toContain(
      'Officials said &lt;/blockquote&gt;&lt;script&gt;alert(2)&lt;/script&gt; talks stalled.',
    );
    expect(html).toContain('Evil &lt;b&gt;Source&lt;/b&gt;');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('has landmarks, labels and feed links', async () => {
    const { html } = await getPage(t);
    expect(html).toContain('<html lang="en"');
    expect(html).toMatch(/<header class="site" role="banner">/);
    expect(html).toMatch(/<main id="main"/);
    expect(html).toMatch(/<footer class="site" role="contentinfo">/);
    expect(html).toContain('<label for="subscribe-email">Email address</label>');
    expect(html).toContain('<label for="subscribe-digest">Digest</label>');
    expect(html).toContain('<legend>Negotiations</legend>');
    expect(html).toContain('href="#main"');
    expect(html).toContain('<link rel="alternate" type="application/atom+xml"');
    expect(html).toContain('href="/calendar.ics"');
    expect(html).toContain('href="webcal://localhost:3000/calendar.ics"');
  });

  it('subscribes from the form without JavaScript and says what happens next', async () => {
    const res = await postForm(t, [
      ['email', 'nojs@example.org'],
      ['tracks', ''],
      ['tracks', 'kr-us'],
      ['digest', 'weekly'],
      ['timezone', 'Asia/Seoul'],
    ]);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/?subscribed=1#subscribe');
    const { html } = await getPage(t, '/?subscribed=1');
    expect(html).toMatch(
      /<p id="subscribe-notice" class="notice" role="status"[^>]*>Almost done: check your inbox/,
    );
    const subscriber = await t.app.get(SubscribersRepository).findByEmail('nojs@example.org');
    expect(subscriber).toMatchObject({ digest: 'weekly', timezone: 'Asia/Seoul', confirmed_at: null });
    expect(subscriber?.tracks).toEqual(['kr-us']);
  });

  it('shows what to correct, escaped, when the form is wrong', async () => {
    const res = await postForm(t, [['email', '"><script>alert(1)</script>']]);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toMatch(/class="notice error"[^>]*>Not subscribed: email: /);
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
