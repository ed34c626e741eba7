import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classifyArticle } from './classify';
import { cutFurniture } from './text/furniture';
import { parseSeedFile } from './seeds';

interface SeedLabel {
  id: string;
  published: string | null;
  relevant: boolean;
  tracks: string[];
  signals: string[];
  deadline: string | null;
  tariff_rates: number[];
}

const seedDir = resolve(__dirname, '../../../../tests/fixtures/seeds');
const labels: SeedLabel[] = readFileSync(join(seedDir, 'labels.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as SeedLabel);

function loadSeed(label: SeedLabel) {
  const file = readdirSync(seedDir).find((name) => name === `${label.id}.txt`);
  if (!file) throw new Error(`seed ${label.id} missing`);
  const content = readFileSync(join(seedDir, file), 'utf8');
  return { content, input: parseSeedFile(label.id, content, label.published) };
}

describe('the five seed articles', () => {
  it.each(labels.map((label) => [label.id, label] as const))('%s matches its label', (_id, label) => {
    const { input } = loadSeed(label);
    const result = classifyArticle(input);
    expect(result.relevant).toBe(label.relevant);
    expect(result.tracks).toEqual(label.tracks);
    expect(result.signals.map((signal) => signal.type).sort()).toEqual([...label.signals].sort());
    expect(result.deadline).toBe(label.deadline);
    expect(result.tariff_rates).toEqual([...label.tariff_rates].sort((a, b) => a - b));
    for (const signal of result.signals) {
      expect(signal.confidence).toBeGreaterThan(0);
      expect(signal.confidence).toBeLessThanOrEqual(1);
      expect(input.title + '\n' + input.text).toContain(signal.evidence);
    }
  });

  it('takes no evidence from the list of other headlines at the end of seed 003', () => {
    const label = labels.find((candidate) => candidate.id.startsWith('003_'))!;
    const { content, input } = loadSeed(label);
    const headlineList = content.slice(content.indexOf('Asian Stocks Edge Higher'));
    const result = classifyArticle(input);
    for (const signal of result.signals) expect(headlineList).not.toContain(signal.evidence);
    const cut = cutFurniture(input.text);
    expect(cut.text).not.toContain('Tijuana');
    expect(cut.text).not.toContain('Korea Zinc');
    expect(cut.removed.length).toBeGreaterThanOrEqual(17);
  });

  it('reads each header layout', () => {
    const dated = parseSeedFile('a', ' date 2025-07-26 A headline about talks\nBody sentence.');
    expect([dated.published, dated.title, dated.text]).toEqual([
      '2025-07-26',
      'A headline about talks',
      'Body sentence.',
    ]);
    const published = parseSeedFile(
      'b',
      'Korea, U.S. Set For Talks\nPublished: 26 Jul. 2025, 18:29 Updated: 26 Jul. 2025\nBody.',
    );
    expect([published.published, published.title, published.text]).toEqual([
      '2025-07-26',
      'Korea, U.S. Set For Talks',
      'Body.',
    ]);
    const publishedOn = parseSeedFile('c', 'Published on: 2025/05/02 17:00\nBody.');
    expect([publishedOn.published, publishedOn.title]).toEqual(['2025-05-02', '']);
  });
});
