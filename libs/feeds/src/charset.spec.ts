import iconv from 'iconv-lite';
import { decodeFeedBytes } from './charset';

const xml = (encoding: string | null, body: string): string =>
  `<?xml version="1.0"${encoding ? ` encoding="${encoding}"` : ''}?><rss><channel><title>${body}</title></channel></rss>`;

describe('decodeFeedBytes', () => {
  it.each([
    ['UTF-8 by default', Buffer.from(xml(null, 'Séoul'), 'utf8'), undefined, 'Séoul', 'default'],
    [
      'the HTTP header first',
      iconv.encode(xml('utf-8', 'Séoul “x”'), 'windows-1252'),
      'text/xml; charset=windows-1252',
      'Séoul “x”',
      'http-header',
    ],
    [
      'the XML declaration',
      iconv.encode(xml('windows-1251', 'Москва'), 'windows-1251'),
      'text/xml',
      'Москва',
      'xml-declaration',
    ],
    ['KOI8-R', iconv.encode(xml('KOI8-R', 'Москва'), 'koi8-r'), undefined, 'Москва', 'xml-declaration'],
    [
      'ISO-8859-1 read as windows-1252 (smart quotes)',
      iconv.encode(xml('iso-8859-1', '“don’t”'), 'windows-1252'),
      undefined,
      '“don’t”',
      'xml-declaration',
    ],
    [
      'a UTF-8 BOM over a wrong header',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml(null, 'é'))]),
      'text/xml; charset=iso-8859-1',
      'é',
      'bom',
    ],
    [
      'UTF-16LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(xml('utf-16', '서울'), 'utf-16le')]),
      undefined,
      '서울',
      'bom',
    ],
    ['UTF-16BE without BOM', iconv.encode(xml('utf-16', '서울'), 'utf-16be'), undefined, '서울', 'sniffed'],
    [
      'UTF-8 under a Latin-1 label',
      Buffer.from(xml('ISO-8859-1', 'Café'), 'utf8'),
      undefined,
      'Café',
      'sniffed',
    ],
    ['an unknown label', Buffer.from(xml('bogus', 'Café'), 'utf8'), undefined, 'Café', 'default'],
    ['undeclared Latin-1 bytes', iconv.encode(xml(null, 'Café'), 'latin1'), undefined, 'Café', 'sniffed'],
    ['EUC-KR', iconv.encode(xml('euc-kr', '서울'), 'euc-kr'), undefined, '서울', 'xml-declaration'],
  ])('%s', (_label, bytes, contentType, title, source) => {
    const decoded = decodeFeedBytes(bytes, contentType);
    expect(decoded.text).toContain(`<title>${title}</title>`);
    expect(decoded.text.startsWith('<?xml')).toBe(true);
    expect(decoded.source).toBe(source);
  });
});
