import { initialTrackState } from '@dw/domain/status';
import * as http from 'node:http';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import * as ical from 'node-ical';
import Parser from 'rss-parser';
import { SimulatedClock } from '@dw/domain';
import { EventsRepository, TracksRepository } from '@dw/platform';
import { startTestApp, type TestApp } from '../support/app';
import { DEADLINE, HOSTILE_TITLE, seedHistory } from './fixtures';

const DAY = 86_400_000;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type XmlNode = Record<string, unknown>;
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
/** An element's text: fast-xml-parser gives a string, or an object with '#text' when it has attributes. */
function text(value: unknown): string {
  const inner = typeof value === 'object' && value !== null ? (value as XmlNode)['#text'] : value;
  return typeof inner === 'string' || typeof inner === 'number' ? String(inner) : '';
}

describe('Atom feed and iCalendar', () => {
  const clock = new SimulatedClock(Date.parse(DEADLINE) - 4 * DAY);
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    await seedHistory(t.app);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('serves status changes and deadline moves as valid Atom 1.0', async () => {
    const res = await fetch(`${t.url}/feed.atom`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const xml = await res.text();

    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as XmlNode;
    const feed = doc.feed as XmlNode;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    // RFC 4287 4.1.1: id, title, updated; an author (here on the feed); a self link is recommended.
    expect(text(feed.id)).toMatch(/^https?:\/\//);
    expect(text(feed.title)).not.toBe('');
    expect(text(feed.updated)).toMatch(RFC3339);
    expect(text((feed.author as XmlNode).name)).toBe('Deadline Watch');
    expect(asArray(feed.link as XmlNode[]).some((l) => l['@rel'] === 'self')).toBe(true);

    const entries = asArray(feed.entry as XmlNode[]);
    expect(entries).toHaveLength(3);
    const ids = new Set<string>();
    for (const entry of entries) {
      expect(text(entry.id)).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      ids.add(text(entry.id));
      expect(text(entry.title)).not.toBe('');
      expect(text(entry.updated)).toMatch(RFC3339);
      const links = asArray(entry.link as XmlNode[]);
      expect(links.length).toBeGreaterThan(0);
      expect(String(links[0]['@href'])).toMatch(/^http:\/\/localhost:3000\/#track-kr-us$/);
    }
    expect(ids.size).toBe(3);
    expect(xml).not.toContain('javascript:');
    expect(xml).not.toContain('<script>alert');

    // And a feed reader takes it: newest first, readable titles, the evidence in the content.
    const parsed = await new Parser().parseString(xml);
    expect(parsed.items.map((i) => i.title)).toEqual([
      'South Korea – United States tariff negotiations: Stalled',
      'South Korea – United States tariff negotiations: Negotiating',
      'South Korea – United States tariff negotiations: deadline now Friday 1 August 2025, 00:01 EDT',
    ]);
    const stalled = parsed.items[0].content ?? '';
    expect(stalled).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(stalled).toContain('href="https://news.example/a2?x=1&amp;y=2"');
    expect(HOSTILE_TITLE).toContain('<script>');
  });

  it('serves deadlines, countdown milestones and talks as iCalendar that parses', async () => {
    const res = await fetch(`${t.url}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = Object.values(ical.sync.parseICS(await res.text())).filter(
      (c): c is ical.VEvent => c.type === 'VEVENT',
    );
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const deadline = byUid.get('deadline.kr-us@deadline-watch');
    expect(deadline?.start.toISOString()).toBe(DEADLINE);
    expect(deadline?.summary).toContain('South Korea – United States');
    expect(String(deadline?.sequence)).toBe('1');
    expect(byUid.get('milestone.kr-us.24h@deadline-watch')?.start.toISOString()).toBe(
      '2025-07-31T04:01:00.000Z',
    );
    expect(events.filter((e) => e.uid.startsWith('milestone.kr-us.'))).toHaveLength(5);
    const talk = events.find((e) => e.uid.startsWith('talk.kr-us.'));
    expect(talk?.datetype).toBe('date');
    expect(talk?.summary).toContain('Washington on July 31');
    // Every track gets its deadline and milestones.
    expect(events.filter((e) => e.uid.startsWith('deadline.'))).toHaveLength(3);
  });

  it.each(['/feed.atom', '/calendar.ics'])(
    '%s answers 304 to a client that has the current copy',
    async (path) => {
      const first = await fetch(`${t.url}${path}`);
      await first.text();
      const etag = first.headers.get('etag');
      expect(etag).toBeTruthy();
      // node:http, not fetch: fetch adds "Cache-Control: no-cache" to conditional requests.
      const status = await new Promise<number | undefined>((resolve, reject) => {
        http
          .get(`${t.url}${path}`, { headers: { 'if-none-match': etag! } }, (res) => {
            res.resume();
            resolve(res.statusCode);
          })
          .on('error', reject);
      });
      expect(status).toBe(304);
    },
  );

  it('moves the same calendar events when a deadline moves (same UIDs, higher SEQUENCE)', async () => {
    const moved = '2025-08-08T04:01:00.000Z';
    await t.app.get(EventsRepository).record({
      id: 'deadline.changed:kr-us:test-2',
      type: 'deadline.changed',
      trackId: 'kr-us',
      occurredAt: '2025-07-29T12:00:00.000Z',
      data: { from: DEADLINE, to: moved, evidence: [] },
    });
    await t.app.get(TracksRepository).writeState(
      'kr-us',
      {
        ...initialTrackState('kr-us', { at: moved, timezone: 'America/New_York' }),
        status: 'stalled',
        phase: 'stalled',
      },
      clock.now(),
      t.db,
    );
    const events = Object.values(
      ical.sync.parseICS(await (await fetch(`${t.url}/calendar.ics`)).text()),
    ).filter((c): c is ical.VEvent => c.type === 'VEVENT');
    const krDeadlines = events.filter((e) => e.uid === 'deadline.kr-us@deadline-watch');
    expect(krDeadlines).toHaveLength(1);
    expect(krDeadlines[0].start.toISOString()).toBe(moved);
    expect(String(krDeadlines[0].sequence)).toBe('2');
    expect(events.find((e) => e.uid === 'milestone.kr-us.24h@deadline-watch')?.start.toISOString()).toBe(
      '2025-08-07T04:01:00.000Z',
    );
    const atom = await (await fetch(`${t.url}/feed.atom`)).text();
    expect(atom).toContain('deadline now Friday 8 August 2025, 00:01 EDT');
  });
});
