import * as net from 'node:net';
import { QUEUE_NAMES } from '@dw/contracts';
import { DeliveriesRepository, QueueRegistry } from '@dw/platform';
import { eventually } from '../support/env';
import { type SmtpSink, startSmtpSink } from './smtp-sink';
import { addConfirmedSubscriber, emit, sleep, startEmailApp, statusChanged } from './support';

/** Accepts TCP connections on the port and never says a word: an SMTP server that hangs. */
async function silentServer(port: number): Promise<() => Promise<void>> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
}

const RECIPIENTS = 30;

// Bounded: about 60 s (8 s refused, 14 s silent, then the drain, which must take under a minute).
describe('email recovers by itself when the SMTP server goes away and comes back', () => {
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink();
  });

  afterAll(async () => {
    await sink?.close();
  });

  it('sends every pending mail once within a minute of the server coming back, with nothing left active', async () => {
    const t = await startEmailApp(sink);
    try {
      const addresses = Array.from({ length: RECIPIENTS }, (_, i) => `reader${i}@recover.example`);
      for (const address of addresses) await addConfirmedSubscriber(t, address);
      const queue = t.app.get(QueueRegistry).get(QUEUE_NAMES.email);

      // Warm: the pool holds open connections when the server dies under it.
      const warm = statusChanged();
      await emit(t, warm);
      await eventually(() => expect(sink.mails.length).toBe(RECIPIENTS), 20_000);

      // Down: connections refused.
      await sink.down();
      const during = [statusChanged(), statusChanged()];
      for (const event of during) await emit(t, event);
      await sleep(8_000);
      // Then hanging: the port accepts and never greets.
      const stopSilent = await silentServer(sink.port);
      await sleep(14_000);
      await stopSilent();
      expect(sink.mails.length).toBe(RECIPIENTS);

      await sink.up();
      const back = Date.now();
      await eventually(() => expect(sink.mails.length).toBe(RECIPIENTS * 3), 60_000, 250);
      const drainSeconds = (Date.now() - back) / 1000;
      process.stderr.write(
        `[recovery] all ${RECIPIENTS * 2} pending mails out ${drainSeconds.toFixed(1)} s after the server came back\n`,
      );
      expect(drainSeconds).toBeLessThan(60);

      // Each recipient got each alert once.
      for (const address of addresses) {
        const ids = sink.to(address).map((m) => m.parsed.messageId);
        expect(ids).toHaveLength(3);
        expect(new Set(ids).size).toBe(3);
      }
      const deliveries = t.app.get(DeliveriesRepository);
      await eventually(async () => {
        for (const event of during) {
          const rows = await deliveries.forEvent(event.id);
          expect(rows.map((r) => r.status)).toEqual(Array(RECIPIENTS).fill('sent'));
        }
      });
      await eventually(async () => expect(await queue.getActiveCount()).toBe(0));

      const metrics = await (await fetch(`${t.url}/metrics`)).text();
      expect(metrics).toMatch(/dw_deliveries_total\{channel="email",outcome="retry"\} [1-9]/);
      expect(metrics).toMatch(/dw_deliveries_total\{channel="email",outcome="delivered"\} 90/);
    } finally {
      await t.close();
    }
  }, 120_000);
});
