import type { IncomingHttpHeaders } from 'node:http';
import { startSmtpSink, type SmtpSink } from '../email/smtp-sink';
import { startTestApp, type TestApp } from '../support/app';
import { eventually } from '../support/env';
import { type LocalServer, startLocalServer } from '../support/http-server';
import { api, FAST, features, publish, register, statusEvent, verify } from './support';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

interface AttemptPage {
  items: {
    deliveryId: number;
    eventId: string;
    outcome: string;
    trigger: string;
    error: string | null;
    deliveryStatus: string;
  }[];
}

const OPS = 'ops@deadline-watch.test';

describe('integrators safety nets: webhook.disabled notice, recover, retry now, delivery metrics', () => {
  let receiver: LocalServer;
  let smtp: SmtpSink;
  let t: TestApp;
  const seen = new Map<string, Received[]>();
  const answers = new Map<string, number[]>();

  function answer(path: string, ...codes: number[]): void {
    answers.set(path, codes);
    receiver.route(path, (req, res, body) => {
      seen.set(path, [...(seen.get(path) ?? []), { headers: req.headers, body }]);
      const queue = answers.get(path)!;
      const code = queue.length > 1 ? queue.shift()! : queue[0];
      res.writeHead(code).end(`answer ${code}`);
    });
  }

  const received = (path: string) => seen.get(path) ?? [];

  beforeAll(async () => {
    receiver = await startLocalServer();
    smtp = await startSmtpSink();
    t = await startTestApp({
      env: { OPS_EMAIL: OPS, SMTP_URL: smtp.url },
      // A long second step: a failed first attempt stays pending for the whole test.
      features: features({ ...FAST, retryScheduleMs: [0, 120_000, 120_000] }),
    });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
    await receiver?.close();
  });

  it('disables on 410 with a notice to OPS_EMAIL and a line in the delivery log; recover sends what it missed', async () => {
    answer('/gone', 410);
    const hook = await register(t, `${receiver.url}/gone`);
    const first = statusEvent();
    const since = new Date(Date.now() - 1000).toISOString();
    await publish(t, first);

    const notice = await eventually(() => {
      const mail = smtp.to(OPS)[0];
      if (!mail) throw new Error('no notice yet');
      return mail;
    }, 10_000);
    expect(notice.parsed.subject).toMatch(/webhook\.disabled/);
    expect(notice.parsed.text).toContain(hook.id);
    expect(notice.parsed.text).toMatch(/410 Gone/);
    expect(notice.parsed.text).toContain(`/api/webhooks/${hook.id}/recover`);
    const log = await api<AttemptPage>(t, 'GET', `/api/webhooks/${hook.id}/deliveries`);
    expect(log.body.items[0]).toMatchObject({ outcome: 'disabled', deliveryStatus: 'failed' });
    expect(log.body.items[0].error).toMatch(/endpoint disabled: endpoint answered 410 Gone/);

    // While disabled: the event is recorded, nothing is sent.
    const second = statusEvent();
    await publish(t, second);
    await new Promise((r) => setTimeout(r, 300));
    expect(received('/gone')).toHaveLength(1);
    expect((await api(t, 'POST', `/api/webhooks/${hook.id}/recover`, { since })).status).toBe(409);

    answer('/gone', 200);
    expect((await api(t, 'PATCH', `/api/webhooks/${hook.id}`, { enabled: true })).status).toBe(200);
    const bad = await api(t, 'POST', `/api/webhooks/${hook.id}/recover`, { since: 'yesterday' });
    expect(bad.status).toBe(400);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await api(t, 'POST', `/api/webhooks/${hook.id}/recover`, { since: future })).status).toBe(400);
    const recovered = await api<{ deliveries: number }>(t, 'POST', `/api/webhooks/${hook.id}/recover`, {
      since,
    });
    expect(recovered).toMatchObject({ status: 202, body: { deliveries: 2 } });

    await eventually(() => expect(received('/gone')).toHaveLength(3), 10_000);
    const resent = received('/gone').slice(1);
    expect(resent.map((r) => r.headers['webhook-id']).sort()).toEqual([first.id, second.id].sort());
    for (const r of resent) expect(verify(hook.secret, r.body, r.headers)).toBeTruthy();
    await eventually(async () => {
      const page = await api<AttemptPage>(t, 'GET', `/api/webhooks/${hook.id}/deliveries`);
      expect(page.body.items.slice(0, 2).map((i) => [i.trigger, i.outcome, i.deliveryStatus])).toEqual([
        ['recovery', 'success', 'sent'],
        ['recovery', 'success', 'sent'],
      ]);
    });
    // A second recovery finds nothing left to send.
    const again = await api<{ deliveries: number }>(t, 'POST', `/api/webhooks/${hook.id}/recover`, { since });
    expect(again.body.deliveries).toBe(0);
  });

  it('sends a pending delivery now, ahead of its schedule, and the schedule then has nothing to do', async () => {
    answer('/flaky', 500, 200);
    const hook = await register(t, `${receiver.url}/flaky`);
    const event = statusEvent();
    await publish(t, event);
    const pending = await eventually(async () => {
      const page = await api<AttemptPage>(t, 'GET', `/api/webhooks/${hook.id}/deliveries`);
      expect(page.body.items[0]).toMatchObject({ outcome: 'retry', deliveryStatus: 'pending' });
      return page.body.items[0];
    });
    const now = await api(t, 'POST', `/api/webhooks/${hook.id}/deliveries/${pending.deliveryId}/retry`);
    expect(now.status).toBe(202);
    await eventually(() => expect(received('/flaky')).toHaveLength(2));
    expect(received('/flaky').map((r) => r.headers['webhook-id'])).toEqual([event.id, event.id]);
    await eventually(async () => {
      const page = await api<AttemptPage>(t, 'GET', `/api/webhooks/${hook.id}/deliveries`);
      expect(page.body.items[0]).toMatchObject({
        trigger: 'manual',
        outcome: 'success',
        deliveryStatus: 'sent',
      });
    });
    const sentAgain = await api(t, 'POST', `/api/webhooks/${hook.id}/deliveries/${pending.deliveryId}/retry`);
    expect(sentAgain.status).toBe(409);
  });

  it('counts deliveries by channel and outcome on /metrics', async () => {
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    const count = (outcome: string) =>
      Number(
        new RegExp(`dw_deliveries_total\\{channel="webhook",outcome="${outcome}"\\} (\\d+)`).exec(
          metrics,
        )?.[1] ?? 0,
      );
    expect(count('delivered')).toBeGreaterThanOrEqual(3);
    expect(count('disabled')).toBe(1);
    expect(count('retry')).toBeGreaterThanOrEqual(1);
    expect(metrics).toContain('dw_delivery_unknown_outcome_resends_total');
  });
});
