import { startTestApp, type TestApp } from '../support/app';
import { eventually } from '../support/env';
import { type LocalServer, startLocalServer } from '../support/http-server';
import { features, publish, register, statusEvent } from './support';

describe('a slow endpoint does not delay the others', () => {
  let receiver: LocalServer;
  let t: TestApp;

  beforeAll(async () => {
    receiver = await startLocalServer();
    t = await startTestApp({
      features: features({
        retryScheduleMs: [0, 60_000],
        jitterRatio: 0,
        requestTimeoutMs: 3000,
        perEndpointConcurrency: 1,
        saturatedDelayMs: 100,
      }),
    });
  });

  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it('bounds requests in flight per endpoint while a fast endpoint gets every event at once', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    let slowCalls = 0;
    receiver.route('/slow', (_req, res) => {
      slowCalls += 1;
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        res.writeHead(200).end();
      }, 1000);
    });
    const fastTimes: number[] = [];
    receiver.route('/fast', (_req, res) => {
      fastTimes.push(Date.now());
      res.writeHead(200).end();
    });
    await register(t, `${receiver.url}/slow`);
    await register(t, `${receiver.url}/fast`);

    const started = Date.now();
    for (let i = 0; i < 4; i++) await publish(t, statusEvent());
    await eventually(() => expect(fastTimes).toHaveLength(4), 5000);
    // Queued behind the slow endpoint's four one-second requests, one at a time, the fast one
    // would wait at least 4 s.
    expect(Math.max(...fastTimes) - started).toBeLessThan(3500);
    await eventually(() => expect(slowCalls).toBe(4), 10_000);
    expect(maxInFlight).toBe(1);
  });
});
