import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { classifyLines } from './classify';
import { loadFolder } from './evaluate';

describe('classify command lines', () => {
  it('answers every line in input order, and a bad line with an error but keeps going', () => {
    const input = [
      JSON.stringify({
        id: 'n1',
        title: 'Korea, US hold tariff talks',
        text: 'Korean Trade Minister Yeo Han-koo met Jamieson Greer in Washington on Friday for tariff talks.',
        published: '2025-07-20',
        url: 'https://a',
        source: 'A',
      }),
      '{not json',
      JSON.stringify({ title: 'no id' }),
      '',
      JSON.stringify({ id: 7, title: null, text: 'Nothing to see.', published: null }),
    ].join('\n');
    const out = classifyLines(input).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: 'n1', relevant: true, tracks: ['kr-us'] });
    expect(out[1]).toMatchObject({ id: null, line: 2 });
    expect(String(out[1].error)).toContain('invalid JSON');
    expect(out[2]).toHaveProperty('error');
    expect(out[3]).toMatchObject({ id: '7', relevant: false });
  });
});

describe('evaluate folder layouts', () => {
  it('reads the seeds layout (*.txt + labels.jsonl)', () => {
    const { articles, labels } = loadFolder(resolve(__dirname, '../../../../tests/fixtures/seeds'));
    expect(articles).toHaveLength(5);
    expect(labels).toHaveLength(5);
    expect(articles.every((article) => article.published)).toBe(true);
  });

  it('reads articles.jsonl + labels.jsonl', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    writeFileSync(
      join(dir, 'articles.jsonl'),
      JSON.stringify({ id: 'x', title: null, text: 'Text.', published: null, url: 'u', source: 's' }) + '\n',
    );
    writeFileSync(
      join(dir, 'labels.jsonl'),
      JSON.stringify({
        id: 'x',
        relevant: false,
        tracks: [],
        signals: [],
        deadline: null,
        tariff_rates: [],
        notes: 'n',
      }) + '\n',
    );
    const { articles, labels } = loadFolder(dir);
    expect(articles[0]).toMatchObject({ id: 'x', title: '', published: null });
    expect(labels[0].relevant).toBe(false);
  });
});
