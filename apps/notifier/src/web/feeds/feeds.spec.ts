import { buildAtomFeed } from './atom';
import { deadlineUid, milestoneUid, talkUid } from './calendar';
import { html, uuidFromName, xmlSafe } from './text';

describe('feed text', () => {
  it.each([
    ['plain', 'plain'],
    ['bell\u0007 and null\u0000 dropped', 'bell and null dropped'],
    ['tab\tnewline\ncr\r kept', 'tab\tnewline\ncr\r kept'],
    ['lone surrogate \uD800 dropped', 'lone surrogate  dropped'],
    ['pair 😀 kept', 'pair 😀 kept'],
    ['\uFFFE\uFFFF', ''],
  ])('xmlSafe(%p)', (input, expected) => {
    expect(xmlSafe(input)).toBe(expected);
  });
  it('escapes markup, so "]]>" can never close a CDATA section', () => {
    expect(html('<b>&"x"]]>')).toBe('&lt;b&gt;&amp;&quot;x&quot;]]&gt;');
  });
  it('gives name-based v5 UUIDs: the same event, the same entry id', () => {
    const id = uuidFromName('status.changed:kr-us:1');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidFromName('status.changed:kr-us:1')).toBe(id);
    expect(uuidFromName('status.changed:kr-us:2')).not.toBe(id);
  });
});

describe('calendar UIDs name the thing, not its time', () => {
  it('keeps deadline and milestone UIDs when the deadline moves', () => {
    expect(deadlineUid('kr-us')).toBe('deadline.kr-us@deadline-watch');
    expect(milestoneUid('kr-us', '24h')).toBe('milestone.kr-us.24h@deadline-watch');
    expect(talkUid('kr-us', '2025-07-31', 'Talks')).toBe(talkUid('kr-us', '2025-07-31', 'Talks'));
    expect(talkUid('kr-us', '2025-07-31', 'Talks')).not.toBe(talkUid('kr-us', '2025-08-01', 'Talks'));
  });
});

describe('buildAtomFeed', () => {
  it('is a valid empty feed when nothing happened yet', () => {
    const xml = buildAtomFeed({
      events: [],
      tracks: [
        { id: 'kr-us', name: 'Korea', deadlineTimezone: null, updatedAt: new Date('2025-07-01T00:00:00Z') },
      ],
      publicUrl: 'https://dw.example',
    });
    expect(xml).toContain('<id>https://dw.example/feed.atom</id>');
    expect(xml).toContain('<updated>2025-07-01T00:00:00.000Z</updated>');
    expect(xml).not.toContain('<entry>');
  });
});
