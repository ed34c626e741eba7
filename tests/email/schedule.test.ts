import { CountdownEvent, SimulatedClock } from '@dw/domain';
import { QUEUE_NAMES } from '@dw/contracts';
import { DeliveriesRepository, EventsRepository, QueueRegistry } from '@dw/platform';
import { CountdownService } from '../../apps/notifier/src/schedule/countdown.service';
import { DigestService } from '../../apps/notifier/src/schedule/digest.service';
import type { TestApp } from '../support/app';
import { eventually } from '../support/env';
import { type SmtpSink, startSmtpSink } from './smtp-sink';
import {
  addConfirmedSubscriber,
  emit,
  sleep,
  startEmailApp,
  statusChanged,
  subscribeAndConfirm,
} from './support';

describe('digests at local time and countdown milestones, on a simulated clock', () => {
  let sink: SmtpSink;
  let t: TestApp & { clock: SimulatedClock };

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startEmailApp(sink, { clock: new SimulatedClock('2025-07-24T20:00:00Z') });
  });

  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('sends each digest at 08:00 in Asia/Seoul and in America/New_York, once per slot, with a no-change line when empty', async () => {
    const seoul = 'seoul.desk@example.kr';
    const ny = 'ny.desk@example.com';
    await subscribeAndConfirm(t, sink, {
      email: seoul,
      tracks: ['kr-us'],
      digest: 'daily',
      timezone: 'Asia/Seoul',
    });
    await subscribeAndConfirm(t, sink, {
      email: ny,
      tracks: ['kr-us'],
      digest: 'daily',
      digestTime: '08:00',
      timezone: 'America/New_York',
    });
    const digests = t.app.get(DigestService);

    // Something happens after they confirmed: a status change and a new article.
    t.clock.set('2025-07-24T22:00:00Z');
    const change = statusChanged({ occurredAt: '2025-07-24T22:00:00.000Z' });
    await t.app.get(EventsRepository).record(change);
    await t.db
      .insertInto('articles')
      .values({
        id: 'digest-article-1',
        url: 'https://news.example/talks-set',
        title: 'Korea, US trade chiefs to meet <i>again</i>',
        text: 'Talks are scheduled for July 31.',
        published_at: '2025-07-24T21:00:00Z',
        source: 'Korea Herald',
        feed_id: null,
        story_id: null,
        fingerprint: null,
        track_ids: JSON.stringify(['kr-us']),
        raw: JSON.stringify({}),
        fetched_at: '2025-07-24T21:30:00Z',
      })
      .execute();
    await t.db
      .insertInto('classifications')
      .values({
        article_id: 'digest-article-1',
        classifier_version: 'test',
        relevant: true,
        main_track: 'kr-us',
        result: JSON.stringify({
          id: 'digest-article-1',
          relevant: true,
          tracks: ['kr-us'],
          signals: [
            {
              type: 'talks_scheduled',
              confidence: 0.9,
              evidence: 'Trade ministers will meet in Washington on July 31.',
            },
          ],
          deadline: null,
          tariff_rates: [],
        }),
        classified_at: '2025-07-24T21:31:00Z',
      })
      .execute();

    // 23:00Z is 08:00 in Seoul (UTC+9); New York is at 19:00 the day before.
    t.clock.set('2025-07-24T22:59:00Z');
    expect(await digests.tick()).toHaveLength(0);
    t.clock.set('2025-07-24T23:00:00Z');
    const first = await digests.tick();
    expect(first).toHaveLength(1);
    const seoulDigest = await eventually(() => {
      const mail = sink.to(seoul)[1];
      if (!mail) throw new Error('no Seoul digest');
      return mail;
    });
    expect(first[0].slot).toBe('2025-07-24T23:00:00.000Z');
    expect(seoulDigest.parsed.date?.toISOString()).toBe('2025-07-24T23:00:00.000Z');
    expect(seoulDigest.parsed.text).toContain('GMT+9 (Asia/Seoul)');
    expect(seoulDigest.parsed.text).toMatch(/Deal reached/);
    expect(seoulDigest.parsed.text).toContain('https://news.example/talks-set');
    expect(seoulDigest.parsed.text).toMatch(/meet in Washington on July 31/);
    expect(seoulDigest.parsed.html).not.toContain('<i>again</i>');
    expect(seoulDigest.parsed.headerLines.some((h) => h.key === 'list-unsubscribe-post')).toBe(true);
    expect(sink.to(ny)).toHaveLength(1);

    // The same slot never sends twice.
    t.clock.set('2025-07-24T23:01:00Z');
    expect(await digests.tick()).toHaveLength(0);

    // 12:00Z is 08:00 EDT (UTC-4).
    t.clock.set('2025-07-25T11:59:00Z');
    expect(await digests.tick()).toHaveLength(0);
    t.clock.set('2025-07-25T12:00:00Z');
    expect(await digests.tick()).toHaveLength(1);
    const nyDigest = await eventually(() => {
      const mail = sink.to(ny)[1];
      if (!mail) throw new Error('no New York digest');
      return mail;
    });
    expect(nyDigest.parsed.date?.toISOString()).toBe('2025-07-25T12:00:00.000Z');
    expect(nyDigest.parsed.text).toContain('EDT (America/New_York)');
    expect(nyDigest.parsed.text).toMatch(/Deal reached/);

    // Next morning in Seoul nothing has happened: a short line, not silence.
    t.clock.set('2025-07-25T23:00:00Z');
    expect(await digests.tick()).toHaveLength(1);
    const quiet = await eventually(() => {
      const mail = sink.to(seoul)[2];
      if (!mail) throw new Error('no second Seoul digest');
      return mail;
    });
    expect(quiet.parsed.text).toMatch(/No change/);
    expect(quiet.parsed.text).not.toContain('New articles');
    expect(quiet.parsed.text).toContain('Next scheduled talks');
  });

  it('fires countdown milestones once, and re-plans when the deadline moves', async () => {
    const email = 'countdown@example.org';
    const subscriberId = await addConfirmedSubscriber(t, email, {
      tracks: ['kr-us'],
      events: ['deadline.countdown'],
    });
    const countdown = t.app.get(CountdownService);
    const mailsTo = () => sink.to(email);

    // kr-us: deadline 2025-08-01T04:01Z; its 7-day mark is 2025-07-25T04:01Z.
    t.clock.set('2025-07-25T04:00:00Z');
    expect((await countdown.check()).filter((f) => f.trackId === 'kr-us')).toHaveLength(0);
    t.clock.set('2025-07-25T04:01:30Z');
    const fired = await countdown.check();
    expect(fired.filter((f) => f.trackId === 'kr-us').map((f) => f.milestone)).toEqual(['7d']);
    const sevenDays = await eventually(() => {
      const [mail] = mailsTo();
      if (!mail) throw new Error('no 7d mail');
      return mail;
    });
    expect(sevenDays.parsed.subject).toMatch(/7 days to the deadline/);
    expect(await countdown.check()).toHaveLength(0);

    // The deadline moves to 2025-07-26T12:00Z: its 24h mark has just passed; 7d and 3d are stale.
    t.clock.set('2025-07-25T12:30:00Z');
    await t.db
      .updateTable('tracks')
      .set({ deadline_at: '2025-07-26T12:00:00Z' })
      .where('id', '=', 'kr-us')
      .execute();
    const moved = (await countdown.check()).filter((f) => f.trackId === 'kr-us');
    expect(moved.map((f) => f.milestone)).toEqual(['24h']);
    const dayLeft = await eventually(() => {
      const mail = mailsTo()[1];
      if (!mail) throw new Error('no 24h mail');
      return mail;
    });
    expect(dayLeft.parsed.subject).toMatch(/23 hours 30 minutes to the deadline|24 hours to the deadline/);

    t.clock.set('2025-07-26T06:00:00Z');
    expect((await countdown.check()).map((f) => f.milestone)).toEqual(['6h']);
    await eventually(() => expect(mailsTo()).toHaveLength(3));
    expect(mailsTo()[2].parsed.subject).toMatch(/6 hours to the deadline/);

    // Events are recorded for every channel, with the deadline in the id; nothing stale was sent.
    const events = await t.app.get(EventsRepository).listByTypes(['deadline.countdown'], 50);
    const krUs = events.filter(
      (e): e is CountdownEvent => e.trackId === 'kr-us' && e.type === 'deadline.countdown',
    );
    expect(krUs.map((e) => e.data.milestone).sort()).toEqual(['24h', '6h', '7d']);
    expect(krUs.find((e) => e.data.milestone === '6h')?.id).toContain('2025-07-26T12:00:00.000Z');
    await sleep(500);
    expect(mailsTo()).toHaveLength(3);
    for (const event of krUs) {
      await eventually(async () => {
        const deliveries = await t.app.get(DeliveriesRepository).forEvent(event.id);
        const sent = deliveries.filter((d) => d.recipient_id === subscriberId && d.status === 'sent');
        expect(sent).toHaveLength(1);
      });
    }

    // Two checks at once (two replicas): one milestone, one mail.
    t.clock.set('2025-07-26T11:00:30Z');
    const [left, right] = await Promise.all([countdown.check(), countdown.check()]);
    expect([...left, ...right].filter((f) => f.trackId === 'kr-us').map((f) => f.milestone)).toEqual(['1h']);
    await eventually(() => expect(mailsTo()).toHaveLength(4));
    await sleep(500);
    expect(mailsTo()).toHaveLength(4);
    expect(mailsTo()[3].parsed.subject).toMatch(/1 hour to the deadline/);

    // A second check (another replica, a restart) fires nothing again.
    expect(await countdown.check()).toHaveLength(0);
    await emit(t, statusChanged());
    await sleep(800);
    expect(mailsTo()).toHaveLength(4);
  });
});

describe('schedule registration', () => {
  it('registers the countdown check and the digest tick as BullMQ job schedulers when SCHEDULERS is on', async () => {
    const sink = await startSmtpSink();
    const t = await startEmailApp(sink, { env: { SCHEDULERS: 'true' } });
    try {
      const queue = t.app.get(QueueRegistry).get(QUEUE_NAMES.schedule);
      const schedulers = await eventually(async () => {
        const found = await queue.getJobSchedulers();
        expect(found).toHaveLength(2);
        return found;
      });
      expect(schedulers.map((s) => s.name).sort()).toEqual(['countdown-check', 'digest-tick']);
      expect(schedulers.every((s) => Number(s.every) === 60_000)).toBe(true);
    } finally {
      await t.close();
      await sink.close();
    }
  });
});
