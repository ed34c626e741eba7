import type { IncomingHttpHeaders } from 'node:http';
import { startTestApp, type TestApp } from '../support/app';
import { eventually } from '../support/env';
import { type LocalServer, startLocalServer } from '../support/http-server';
import { api, FAST, features, publish, register, statusEvent, verify } from './support';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

describe('webhook delivery: Standard Webhooks signatures, retries, disabling, rotation', () => {
  let receiver: LocalServer;
  let t: TestApp;
  const seen = new Map<string, Received[]>();

  function record(path: string, status: number | number[], extraHeaders: Record<string, string> = {}): void {
    const answers = Array.isArray(status) ? [...status] : [status];
    receiver.route(path, (req, res, body) => {
      const list = seen.get(path) ?? [];
      list.push({ headers: req.headers, body });
      seen.set(path, list);
      const code = answers.length > 1 ? answers.shift()! : answers[0];
      res.writeHead(code, { 'content-type': 'text/plain', ...extraHeaders }).end(`answer ${code}`);
    });
  }

  beforeAll(async () => {
    receiver = await startLocalServer();
    t = await startTestApp({ features: features({ ...FAST, disableAfterMs: 60 * 60_000 }) });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it('delivers a status change that the official library verifies', async () => {
    record('/ok', 204);
    const hook = await register(t, `${receiver.url}/ok`);
    const event = statusEvent();
    await publish(t, event);
    const [got] = await eventually(() => {
      const list = seen.get('/ok') ?? [];
      if (list.length === 0) throw new Error('nothing received');
      return list;
    });
    const payload = verify(hook.secret, got.body, got.headers) as { type: string; data: { id: string } };
    expect(got.headers['webhook-id']).toBe(event.id);
    expect(payload).toMatchObject({
      type: 'status.changed',
      timestamp: event.occurredAt,
      data: { id: event.id, trackId: 'kr-us' },
    });
    expect(got.headers['content-type']).toBe('application/json');
    await eventually(async () => {
      const page = await api<{ items: { outcome: string; statusCode: number; eventId: string }[] }>(
        t,
        'GET',
        `/api/webhooks/${hook.id}/deliveries`,
      );
      expect(page.body.items[0]).toMatchObject({ outcome: 'success', statusCode: 204, eventId: event.id });
    });
  });

  it('retries 500, 500, 200: three receipts, one id, each signature valid', async () => {
    record('/flaky', [500, 500, 200]);
    const hook = await register(t, `${receiver.url}/flaky`);
    const event = statusEvent();
    await publish(t, event);
    const got = await eventually(() => {
      const list = seen.get('/flaky') ?? [];
      if (list.length < 3) throw new Error(`${list.length} received`);
      return list;
    });
    expect(got.map((r) => r.headers['webhook-id'])).toEqual([event.id, event.id, event.id]);
    for (const r of got) expect(verify(hook.secret, r.body, r.headers)).toBeTruthy();
    const page = await eventually(async () => {
      const res = await api<{
        items: {
          attempt: number;
          statusCode: number;
          outcome: string;
          deliveryStatus: string;
          responseExcerpt: string;
        }[];
      }>(t, 'GET', `/api/webhooks/${hook.id}/deliveries`);
      expect(res.body.items[0].deliveryStatus).toBe('sent');
      return res.body;
    });
    expect(page.items.map((a) => [a.attempt, a.statusCode, a.outcome])).toEqual([
      [2, 200, 'success'],
      [1, 500, 'retry'],
      [0, 500, 'retry'],
    ]);
    expect(page.items[1].responseExcerpt).toBe('answer 500');
    // The failure streak ended with the success.
    expect(
      (await api<{ failingSince: string | null }>(t, 'GET', `/api/webhooks/${hook.id}`)).body.failingSince,
    ).toBeNull();
    // Pages by cursor.
    const first = await api<{ items: unknown[]; nextCursor: number }>(
      t,
      'GET',
      `/api/webhooks/${hook.id}/deliveries?limit=2`,
    );
    expect(first.body.items).toHaveLength(2);
    const second = await api<{ items: { attempt: number }[]; nextCursor: number | null }>(
      t,
      'GET',
      `/api/webhooks/${hook.id}/deliveries?limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((a) => a.attempt)).toEqual([0]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('does not follow redirects: a 3xx is a failed attempt', async () => {
    record('/moved', [302, 200], { location: '/ok' });
    const hook = await register(t, `${receiver.url}/moved`);
    await publish(t, statusEvent());
    const page = await eventually(async () => {
      const res = await api<{ items: { statusCode: number; outcome: string; error: string | null }[] }>(
        t,
        'GET',
        `/api/webhooks/${hook.id}/deliveries`,
      );
      expect(res.body.items).toHaveLength(2);
      expect(res.body.items[0].outcome).toBe('success');
      return res.body;
    });
    expect(page.items[1]).toMatchObject({ statusCode: 302, outcome: 'retry' });
    expect(page.items[1].error).toMatch(/redirects are not followed/);
    expect(page.items[0]).toMatchObject({ statusCode: 200, outcome: 'success' });
  });

  it('disables the endpoint on 410 Gone, visibly, and sends nothing more', async () => {
    record('/gone', 410);
    const hook = await register(t, `${receiver.url}/gone`);
    await publish(t, statusEvent());
    const view = await eventually(async () => {
      const res = await api<{ enabled: boolean; disabledReason: string }>(
        t,
        'GET',
        `/api/webhooks/${hook.id}`,
      );
      expect(res.body.enabled).toBe(false);
      return res.body;
    });
    expect(view.disabledReason).toMatch(/410/);
    await publish(t, statusEvent());
    await new Promise((r) => setTimeout(r, 500));
    expect(seen.get('/gone')).toHaveLength(1);
  });

  it('cuts off a hanging receiver at the hard timeout and retries with the same id', async () => {
    let calls = 0;
    const ids: string[] = [];
    receiver.route('/hang', (req, res) => {
      calls += 1;
      ids.push(String(req.headers['webhook-id']));
      if (calls === 1) return; // never answers
      res.writeHead(200).end('ok');
    });
    const hook = await register(t, `${receiver.url}/hang`);
    const event = statusEvent();
    const started = Date.now();
    await publish(t, event);
    await eventually(() => expect(calls).toBe(2), 10_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(FAST.requestTimeoutMs!);
    expect(ids).toEqual([event.id, event.id]);
    const page = await eventually(async () => {
      const res = await api<{ items: { outcome: string; error: string | null; latencyMs: number }[] }>(
        t,
        'GET',
        `/api/webhooks/${hook.id}/deliveries`,
      );
      expect(res.body.items[0].outcome).toBe('success');
      return res.body;
    });
    expect(page.items[1].outcome).toBe('retry');
    expect(page.items[1].error).toMatch(/within 800 ms/);
    expect(page.items[1].latencyMs).toBeGreaterThanOrEqual(750);
  });

  it('signs with the old and the new secret during the grace period of a rotation', async () => {
    record('/rotate', 200);
    const hook = await register(t, `${receiver.url}/rotate`);
    const rotated = await api<{ secret: string; previousSecretExpiresAt: string }>(
      t,
      'POST',
      `/api/webhooks/${hook.id}/rotate-secret`,
    );
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(hook.secret);
    expect(Date.parse(rotated.body.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    await publish(t, statusEvent());
    const [got] = await eventually(() => {
      const list = seen.get('/rotate') ?? [];
      if (list.length === 0) throw new Error('nothing received');
      return list;
    });
    expect(String(got.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verify(hook.secret, got.body, got.headers)).toBeTruthy();
    expect(verify(rotated.body.secret, got.body, got.headers)).toBeTruthy();

    // With no grace period the old secret stops verifying at once.
    const again = await api<{ secret: string }>(t, 'POST', `/api/webhooks/${hook.id}/rotate-secret`, {
      gracePeriodSeconds: 0,
    });
    await api(t, 'POST', `/api/webhooks/${hook.id}/test`);
    const later = await eventually(() => {
      const list = seen.get('/rotate') ?? [];
      if (list.length < 2) throw new Error('no test event yet');
      return list[1];
    });
    expect(JSON.parse(later.body)).toMatchObject({ type: 'webhook.test' });
    expect(verify(again.body.secret, later.body, later.headers)).toBeTruthy();
    expect(() => verify(rotated.body.secret, later.body, later.headers)).toThrow();
  });

  it('honours Retry-After on 503 and disables an endpoint failing for longer than configured', async () => {
    record('/busy', [503, 200], { 'retry-after': '2' });
    const hook = await register(t, `${receiver.url}/busy`);
    await publish(t, statusEvent());
    const got = await eventually(() => {
      const list = seen.get('/busy') ?? [];
      if (list.length < 2) throw new Error(`${list.length} received`);
      return list;
    }, 10_000);
    const gap = Number(got[1].headers['webhook-timestamp']) - Number(got[0].headers['webhook-timestamp']);
    expect(gap).toBeGreaterThanOrEqual(1);
    expect(hook.id).toBeTruthy();

    record('/down', 500);
    const down = await register(t, `${receiver.url}/down`);
    // Pretend the streak began two hours ago: the next failure passes the 1 h limit.
    await t.db
      .updateTable('webhooks')
      .set({ failing_since: new Date(Date.now() - 2 * 3_600_000) })
      .where('id', '=', down.id)
      .execute();
    await publish(t, statusEvent());
    const view = await eventually(async () => {
      const res = await api<{ enabled: boolean; disabledReason: string }>(
        t,
        'GET',
        `/api/webhooks/${down.id}`,
      );
      expect(res.body.enabled).toBe(false);
      return res.body;
    });
    expect(view.disabledReason).toMatch(/failing continuously since/);
  });

  it('sends a failed delivery again on request, with the same event id', async () => {
    record('/later', [500, 500, 500, 500, 500, 200]);
    const hook = await register(t, `${receiver.url}/later`);
    const event = statusEvent();
    await publish(t, event);
    const failed = await eventually(async () => {
      const res = await api<{ items: { deliveryId: number; deliveryStatus: string; outcome: string }[] }>(
        t,
        'GET',
        `/api/webhooks/${hook.id}/deliveries`,
      );
      expect(res.body.items[0].deliveryStatus).toBe('failed');
      return res.body.items[0];
    }, 10_000);
    expect(seen.get('/later')).toHaveLength(FAST.retryScheduleMs!.length);
    expect(failed.outcome).toBe('failed');
    const retry = await api<{ eventId: string }>(
      t,
      'POST',
      `/api/webhooks/${hook.id}/deliveries/${failed.deliveryId}/retry`,
    );
    expect(retry.status).toBe(202);
    expect(retry.body.eventId).toBe(event.id);
    await eventually(() => expect(seen.get('/later')).toHaveLength(6));
    const last = seen.get('/later')![5];
    expect(last.headers['webhook-id']).toBe(event.id);
    expect(verify(hook.secret, last.body, last.headers)).toBeTruthy();
    const page = await eventually(async () => {
      const res = await api<{ items: { trigger: string; outcome: string; deliveryStatus: string }[] }>(
        t,
        'GET',
        `/api/webhooks/${hook.id}/deliveries`,
      );
      expect(res.body.items[0]).toMatchObject({
        trigger: 'manual',
        outcome: 'success',
        deliveryStatus: 'sent',
      });
      return res;
    });
    expect(page.status).toBe(200);
    // A sent delivery is not sent again.
    const again = await api(t, 'POST', `/api/webhooks/${hook.id}/deliveries/${failed.deliveryId}/retry`);
    expect(again.status).toBe(409);
  });
});
