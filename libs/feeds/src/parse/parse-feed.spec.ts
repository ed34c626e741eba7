import { parseFeed } from './parse-feed';

describe('parseFeed', () => {
  it('reads RSS 2.0 items', async () => {
    const feed = await parseFeed(
      '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><link>https://site.example/</link><atom:link xmlns:atom="http://www.w3.org/2005/Atom" rel="hub" href="https://hub.example/"/><item><title>One</title><link>https://site.example/1</link><guid isPermaLink="false">id-1</guid><pubDate>Sun, 05 May 2013 17:15:11 GMT</pubDate><description>short</description><content:encoded><![CDATA[<p>long &amp; full</p>]]></content:encoded></item></channel></rss>',
    );
    expect(feed).toMatchObject({
      format: 'rss',
      title: 'T',
      link: 'https://site.example/',
      hubUrl: 'https://hub.example/',
      recovered: false,
    });
    expect(feed.items[0]).toMatchObject({
      guid: 'id-1',
      link: 'https://site.example/1',
      title: 'One',
      summary: 'short',
      content: '<p>long &amp; full</p>',
      published: 'Sun, 05 May 2013 17:15:11 GMT',
    });
  });

  it('reads RSS 1.0 (RDF) items identified by rdf:about', async () => {
    const feed = await parseFeed(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://s.example/"><title>R</title><link>https://s.example/</link></channel><item rdf:about="https://s.example/a"><title>A</title><link>https://s.example/a</link><dc:date>2023-01-25T19:03:02+01:00</dc:date></item></rdf:RDF>',
    );
    expect(feed.format).toBe('rss1');
    expect(feed.items[0]).toMatchObject({
      guid: 'https://s.example/a',
      title: 'A',
      published: '2023-01-25T19:03:02+01:00',
    });
  });

  it('reads RSS 0.91 without guids', async () => {
    const feed = await parseFeed(
      '<rss version="0.91"><channel><title>Old</title><item><title>X</title><link>https://o.example/x</link></item></channel></rss>',
    );
    expect(feed.items[0]).toMatchObject({ guid: null, link: 'https://o.example/x' });
  });

  it('reads Atom 1.0 and 0.3', async () => {
    const atom = await parseFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><link rel="self" href="https://a.example/feed"/><link rel="hub" href="https://hub.example/"/><entry><id>tag:a,1</id><title type="html">One &amp;amp; two</title><link rel="alternate" href="https://a.example/1"/><published>2012-08-04T01:29:34Z</published><summary>s</summary><content type="html">&lt;p&gt;c&lt;/p&gt;</content></entry></feed>',
    );
    expect(atom).toMatchObject({
      format: 'atom',
      selfUrl: 'https://a.example/feed',
      hubUrl: 'https://hub.example/',
    });
    expect(atom.items[0]).toMatchObject({
      guid: 'tag:a,1',
      link: 'https://a.example/1',
      title: 'One &amp; two',
      content: '<p>c</p>',
      summary: 's',
    });
    const old = await parseFeed(
      '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title><entry><title>E</title><link rel="alternate" type="text/html" href="https://o.example/e"/><id>o-1</id><issued>2004-01-01T00:00:00Z</issued></entry></feed>',
    );
    expect(old.items[0]).toMatchObject({
      guid: 'o-1',
      link: 'https://o.example/e',
      published: '2004-01-01T00:00:00Z',
    });
  });

  it('reads Atom entries written with a prefix leniently', async () => {
    const feed = await parseFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>P</title><p0:entry xmlns:p0="http://www.w3.org/2005/Atom"><p0:title>Hello</p0:title><p0:id>urn:1</p0:id><p0:link href="https://p.example/1"/></p0:entry></feed>',
    );
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ title: 'Hello', guid: 'urn:1', link: 'https://p.example/1' });
  });

  it('reads a feed with leading blank lines, a BOM and a comment before the declaration', async () => {
    const feed = await parseFeed(
      '\uFEFF\n\n<!-- hi --><?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>x</title></item></channel></rss>',
    );
    expect(feed.items).toHaveLength(1);
  });

  it('refuses JSON that is not a JSON Feed and invalid JSON', async () => {
    await expect(parseFeed('{"hello": "world"}')).rejects.toMatchObject({ code: 'not-a-feed' });
    await expect(parseFeed('{"version": ')).rejects.toMatchObject({ code: 'malformed' });
  });

  it('refuses an empty document', async () => {
    await expect(parseFeed('  \n ')).rejects.toMatchObject({ code: 'empty' });
  });
});
