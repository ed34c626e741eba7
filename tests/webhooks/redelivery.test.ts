import type { ServerResponse } from 'node:http';
import { WebhookDeliveriesRepository } from '@dw/platform';
import { WebhookProcessor } from '../../apps/notifier/src/webhooks/webhook.processor';
import { startTestApp, type TestApp } from '../support/app';
import { eventually, openTestDatabase, uniqueName } from '../support/env';
import { type LocalServer, startLocalServer } from '../support/http-server';
import { features, KILLABLE, publish, register, statusEvent, verify } from './support';

describe('a worker killed mid-delivery', () => {
  let receiver: LocalServer;
  let first: TestApp | undefined;
  let second: TestApp | undefined;

  afterAll(async () => {
    await second?.close();
    await receiver?.close();
  });

  it('leads to redelivery of the same event id, logged as interrupted then delivered', async () => {
    receiver = await startLocalServer();
    const held: ServerResponse[] = [];
    const received: { headers: import('node:http').IncomingHttpHeaders; body: string }[] = [];
    receiver.route('/hook', (req, res, body) => {
      received.push({ headers: req.headers, body });
      if (received.length === 1) {
        held.push(res); // holds the first request: the worker dies waiting
        return;
      }
      res.writeHead(200).end('ok');
    });

    const db = await openTestDatabase('pglite');
    const prefix = uniqueName('dwtest');
    const settings = KILLABLE;
    first = await startTestApp({ db, env: { QUEUE_PREFIX: prefix }, features: features(settings) });
    const hook = await register(first, `${receiver.url}/hook`);
    const event = statusEvent();
    await publish(first, event);
    await eventually(() => expect(received).toHaveLength(1));

    // The process dies: its worker stops at once, without finishing or handing back the job.
    await first.app.get(WebhookProcessor).worker!.close(true);

    second = await startTestApp({ db, env: { QUEUE_PREFIX: prefix }, features: features(settings) });
    await eventually(() => expect(received).toHaveLength(2), 15_000);
    expect(received.map((r) => r.headers['webhook-id'])).toEqual([event.id, event.id]);
    expect(verify(hook.secret, received[1].body, received[1].headers)).toBeTruthy();

    const repo = second.app.get(WebhookDeliveriesRepository);
    const delivery = await db
      .selectFrom('deliveries')
      .selectAll()
      .where('event_id', '=', event.id)
      .executeTakeFirstOrThrow();
    await eventually(async () => {
      const attempts = await repo.attemptsOfDelivery(delivery.id);
      expect(attempts.map((a) => [a.attempt, a.outcome, a.trigger])).toEqual([
        [0, 'interrupted', 'scheduled'],
        [0, 'success', 'redelivery'],
      ]);
    });
    expect((await repo.deliveryWithEndpoint(delivery.id))?.delivery.status).toBe('sent');

    // The dead worker's request finally ends: its late result changes nothing.
    for (const res of held) res.writeHead(500).end();
    await new Promise((r) => setTimeout(r, 300));
    const after = await repo.attemptsOfDelivery(delivery.id);
    expect(after.map((a) => a.outcome)).toEqual(['interrupted', 'success']);
    expect((await repo.deliveryWithEndpoint(delivery.id))?.delivery.status).toBe('sent');
    await first.app.close();
    first = undefined;
  }, 90_000);
});
