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
        requestTimeoutMs: 5000,
        perEndpointConcurrency: 1,
        saturatedDelayMs: 100,
      }),
    });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it('bounds requests in flight per endpoint while a fast endpoint gets every event at once', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const HOLD = 2500;
    const slowStarts: number[] = [];
    receiver.route('/slow', (_req, res) => {
      slowStarts.push(Date.now());
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        res.writeHead(200).end();
      }, HOLD);
    });
    const fastTimes: number[] = [];
    receiver.route('/fast', (_req, res) => {
      fastTimes.push(Date.now());
      res.writeHead(200).end();
    });
    await register(t, `${receiver.url}/slow`);
    await register(t, `${receiver.url}/fast`);

    for (let i = 0; i < 4; i++) await publish(t, statusEvent());
    await eventually(() => expect(fastTimes).toHaveLength(4), 10_000);
    // Behind the slow endpoint's requests, one at a time, the fast one would wait 4 x HOLD.
    expect(Math.max(...fastTimes) - slowStarts[0]).toBeLessThan(2 * HOLD);
    await eventually(() => expect(slowStarts.length).toBeGreaterThanOrEqual(2), 10_000);
    expect(slowStarts[1] - slowStarts[0]).toBeGreaterThanOrEqual(HOLD - 50);
    expect(maxInFlight).toBe(1);
  });
});
