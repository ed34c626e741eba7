import { DeliveriesRepository, SubscribersRepository } from '@dw/platform';
import { LinkTokens } from '../../apps/notifier/src/email/link-tokens';
import type { TestApp } from '../support/app';
import { eventually } from '../support/env';
import { type SmtpSink, startSmtpSink } from './smtp-sink';
import {
  addConfirmedSubscriber,
  emit,
  header,
  linkIn,
  localLink,
  post,
  sleep,
  startEmailApp,
  statusChanged,
  subscribeAndConfirm,
} from './support';

describe('email subscriptions: double opt-in, alerts, one-click unsubscribe (real SMTP on loopback)', () => {
  let sink: SmtpSink;
  let t: TestApp & { clock: import('@dw/domain').SimulatedClock };

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startEmailApp(sink);
  });

  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('sends only the confirmation before confirming, then alerts with one-click unsubscribe, then nothing', async () => {
    const email = 'kim@example.kr';
    const response = await post(t, '/api/subscriptions', {
      email: ' kim@Example.KR ',
      tracks: ['kr-us'],
      timezone: 'Asia/Seoul',
    });
    expect(response.status).toBe(202);
    const confirmation = await eventually(() => {
      const [mail] = sink.to(email);
      if (!mail) throw new Error('no confirmation yet');
      return mail;
    });
    expect(confirmation.parsed.subject).toMatch(/confirm/i);
    expect(confirmation.parsed.html).toBeTruthy();
    expect(confirmation.parsed.text).toContain('/api/subscriptions/confirm?token=');

    // Not confirmed yet: an alert goes to nobody.
    const early = statusChanged();
    await emit(t, early);
    await sleep(1500);
    expect(sink.to(email)).toHaveLength(1);
    expect(await t.app.get(DeliveriesRepository).forEvent(early.id)).toHaveLength(0);

    const page = await fetch(localLink(t, linkIn(confirmation, '/api/subscriptions/confirm')));
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/confirmed/i);
    const row = await t.app.get(SubscribersRepository).findByAddress(email);
    expect(row?.confirmed_at).not.toBeNull();

    const event = statusChanged();
    await emit(t, event);
    const alert = await eventually(() => {
      const mail = sink.to(email)[1];
      if (!mail) throw new Error('no alert yet');
      return mail;
    });
    expect(alert.parsed.subject).toMatch(/Deal reached/);
    expect(alert.parsed.text).toContain('Washington and Seoul reached a trade deal on Wednesday.');
    expect(alert.parsed.text).toContain('https://news.example/deal-1');
    expect(alert.parsed.html).toContain('href="https://news.example/deal-1"');
    expect(alert.parsed.html).not.toContain('<b>strike</b>');
    expect(alert.parsed.text).toContain('https://deadline-watch.test/');
    expect(alert.parsed.text).toMatch(/GMT\+9|KST/);
    expect(header(alert, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribeUrl = /<(https:[^>]+)>/.exec(header(alert, 'list-unsubscribe'))?.[1];
    expect(unsubscribeUrl).toMatch(/\/api\/unsubscribe\?token=/);
    expect(alert.parsed.text).toContain('/preferences?token=');

    // The page shows a button and changes nothing; the one-click POST unsubscribes at once.
    const pageGet = await fetch(localLink(t, unsubscribeUrl!));
    expect(pageGet.status).toBe(200);
    expect(await pageGet.text()).toContain('method="post"');
    expect((await t.app.get(SubscribersRepository).findByAddress(email))?.unsubscribed_at).toBeNull();

    const oneClick = await fetch(localLink(t, unsubscribeUrl!), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect((await t.app.get(SubscribersRepository).findByAddress(email))?.unsubscribed_at).not.toBeNull();

    await emit(t, statusChanged());
    await sleep(1500);
    expect(sink.to(email)).toHaveLength(2);

    // The old confirmation link cannot sign the address up again; a new subscription can.
    const stale = await fetch(localLink(t, linkIn(confirmation, '/api/subscriptions/confirm')));
    expect(stale.status).toBe(410);
    expect((await t.app.get(SubscribersRepository).findByAddress(email))?.unsubscribed_at).not.toBeNull();
    t.clock.advance(11 * 60_000);
    expect((await post(t, '/api/subscriptions', { email, tracks: ['kr-us'] })).status).toBe(202);
    const again = await eventually(() => {
      const mail = sink.to(email)[2];
      if (!mail) throw new Error('no new confirmation');
      return mail;
    });
    expect((await fetch(localLink(t, linkIn(again, '/api/subscriptions/confirm')))).status).toBe(200);
    expect((await t.app.get(SubscribersRepository).findByAddress(email))?.unsubscribed_at).toBeNull();
  });

  it('re-subscribing is idempotent and re-sends the confirmation at most once per interval', async () => {
    const email = 'repeat@example.org';
    for (let i = 0; i < 3; i++) expect((await post(t, '/api/subscriptions', { email })).status).toBe(202);
    await eventually(() => expect(sink.to(email)).toHaveLength(1));
    await sleep(500);
    expect(sink.to(email)).toHaveLength(1);
    const rows = await t.db.selectFrom('subscribers').selectAll().where('email', '=', email).execute();
    expect(rows).toHaveLength(1);

    t.clock.advance(11 * 60_000);
    expect((await post(t, '/api/subscriptions', { email })).status).toBe(202);
    await eventually(() => expect(sink.to(email)).toHaveLength(2));
  });

  it('a re-subscription of an active address changes nothing until its new link is followed', async () => {
    const email = 'desk@example.org';
    await subscribeAndConfirm(t, sink, { email, tracks: ['kr-us'], digest: 'off' });
    t.clock.advance(11 * 60_000);
    expect((await post(t, '/api/subscriptions', { email, tracks: ['jp-us'], digest: 'off' })).status).toBe(
      202,
    );
    const second = await eventually(() => {
      const mail = sink.to(email)[1];
      if (!mail) throw new Error('no second confirmation');
      return mail;
    });
    const repo = t.app.get(SubscribersRepository);
    expect((await repo.findByAddress(email))?.tracks).toEqual(['kr-us']);
    expect((await fetch(localLink(t, linkIn(second, '/api/subscriptions/confirm')))).status).toBe(200);
    expect((await repo.findByAddress(email))?.tracks).toEqual(['jp-us']);
  });

  it('changes preferences through the signed link', async () => {
    const email = 'prefs@example.org';
    await subscribeAndConfirm(t, sink, { email, digest: 'off' });
    const row = await t.app.get(SubscribersRepository).findByAddress(email);
    await emit(t, statusChanged());
    const alert = await eventually(() => {
      const mail = sink.to(email)[1];
      if (!mail) throw new Error('no alert');
      return mail;
    });
    const prefsUrl = localLink(t, linkIn(alert, '/preferences'));
    const form = await fetch(prefsUrl);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('name="digestTime"');
    const saved = await fetch(prefsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([
        ['tracks', ''],
        ['tracks', 'kr-us'],
        ['events', ''],
        ['events', 'deadline.countdown'],
        ['digest', 'weekly'],
        ['digestWeekday', '5'],
        ['digestTime', '07:30'],
        ['timezone', 'America/New_York'],
      ]).toString(),
    });
    expect(saved.status).toBe(200);
    const updated = await t.app.get(SubscribersRepository).find(row!.id);
    expect(updated).toMatchObject({
      tracks: ['kr-us'],
      events: ['deadline.countdown'],
      digest: 'weekly',
      digest_weekday: 5,
      digest_time: '07:30',
      timezone: 'America/New_York',
    });
    const bad = await fetch(prefsUrl.replace('token=', 'token=x'));
    expect(bad.status).toBe(400);
  });

  it('takes the one-click POST as multipart/form-data too (RFC 8058 allows both encodings)', async () => {
    const id = await addConfirmedSubscriber(t, 'multipart@example.org');
    const token = t.app.get(LinkTokens).sign('unsubscribe', id);
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    const response = await fetch(`${t.url}/api/unsubscribe?token=${token}`, { method: 'POST', body: form });
    expect(response.status).toBe(200);
    expect((await t.app.get(SubscribersRepository).find(id))?.unsubscribed_at).not.toBeNull();
    const forged = await fetch(`${t.url}/api/unsubscribe?token=${token.slice(0, -2)}xx`, { method: 'POST' });
    expect(forged.status).toBe(400);
  });

  it('documents its routes in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${t.url}/docs/openapi.json`)).json()) as {
      paths: Record<string, object>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/subscriptions',
        '/api/subscriptions/confirm',
        '/api/unsubscribe',
        '/preferences',
      ]),
    );
    expect(Object.keys(doc.paths['/api/unsubscribe'])).toEqual(expect.arrayContaining(['get', 'post']));
  });

  it('refuses bad requests with field errors and limits one client', async () => {
    const bad = await post(t, '/api/subscriptions', { email: 'nope', timezone: 'Mars/Base' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: expect.any(String) });
    const fields = (bad.body as { details: { field: string }[] }).details.map((d) => d.field).sort();
    expect(fields).toEqual(['email', 'timezone']);

    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      statuses.push((await post(t, '/api/subscriptions', { email: `flood${i}@example.org` })).status);
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 202).length).toBeLessThanOrEqual(20);
  });
});
