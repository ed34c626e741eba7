import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { classifyLines } from './classify';
import { evaluateFolder, loadFolder } from './evaluate';

describe('classify command lines', () => {
  it('answers every line in input order, and a bad line with an error but keeps going', () => {
    const input = [
      JSON.stringify({
        id: 'n1',
        title: 'Korea, US hold tariff talks',
        text: "Yeo Han-koo, Seoul's trade minister, held tariff talks with Jamieson Greer on Friday in Washington.",
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

describe('evaluate against a baseline run', () => {
  const seeds = resolve(__dirname, '../../../../tests/fixtures/seeds');
  const ids = loadFolder(seeds).labels.map((label) => label.id);
  /** A baseline that answered every seed "not relevant": each seed's answer now is a change for the better. */
  const baselineFile = () => {
    const path = join(mkdtempSync(join(tmpdir(), 'baseline-')), 'before.jsonl');
    const answers = ids.map((id) =>
      JSON.stringify({ id, relevant: false, tracks: [], signals: [], deadline: null, tariff_rates: [] }),
    );
    writeFileSync(path, answers.join('\n') + '\n');
    return path;
  };

  it('counts the answers that changed and names them', () => {
    const out = evaluateFolder(seeds, { baseline: baselineFile(), quiet: true });
    expect(out).toContain('against the baseline: 5 answers changed, 5 better, 0 worse');
    expect(out).toContain(`+ ${ids[0]}: [] irrelevant - - -> [`);
  });

  it('keeps the ids of a held-out part to itself', () => {
    const out = evaluateFolder(seeds, { baseline: baselineFile(), holdout: '^00[34]', quiet: true });
    const [development, heldOut] = out.split('== held-out part');
    expect(development).toContain('3 answers changed, 3 better, 0 worse');
    expect(heldOut).toContain('2 answers changed, 2 better, 0 worse');
    expect(heldOut).not.toMatch(/00[34]_/);
    const json = JSON.parse(
      evaluateFolder(seeds, { baseline: baselineFile(), holdout: '^00[34]', json: true }),
    ) as Record<string, { comparison: { changed: number; answers: unknown[] } }>;
    expect(json['held-out part'].comparison).toMatchObject({ changed: 2, answers: [] });
    expect(json['development part'].comparison.answers).toHaveLength(3);
  });

  it("names the held-out part's mistakes only when asked to, for the reading at the very end", () => {
    const baseline = baselineFile();
    const readBaseline = () => readFileSync(baseline, 'utf8').split('\n').filter(Boolean);
    const allWrong = join(mkdtempSync(join(tmpdir(), 'labels-')), 'seeds');
    cpSync(seeds, allWrong, { recursive: true });
    // Labels that call every seed irrelevant: every answer of the classifier is now a mistake.
    writeFileSync(join(allWrong, 'labels.jsonl'), readBaseline().join('\n') + '\n');
    const [, heldOut] = evaluateFolder(allWrong, { holdout: '^00[34]' }).split('== held-out part');
    expect(heldOut).toContain('mistakes: not named for the held-out part');
    expect(heldOut).not.toMatch(/00[34]_/);
    const json = JSON.parse(evaluateFolder(allWrong, { holdout: '^00[34]', json: true })) as Record<
      string,
      { mistakes: unknown[] }
    >;
    expect(json['held-out part'].mistakes).toEqual([]);
    expect(json['development part'].mistakes.length).toBeGreaterThan(0);
    const [, shown] = evaluateFolder(allWrong, { holdout: '^00[34]', showHeldOut: true }).split(
      '== held-out part',
    );
    expect(shown).toMatch(/00[34]_\S* relevant: expected false \| got true/);
  });

  it('says in one line what is wrong with a baseline that is not classify output', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'baseline-')), 'bad.jsonl');
    writeFileSync(path, JSON.stringify({ id: 'x', relevant: true }) + '\n');
    expect(() => evaluateFolder(seeds, { baseline: path })).toThrow(
      /bad\.jsonl line 1: not a classify answer \(tracks: .*\); make one with npm run classify$/,
    );
  });
});
