import { evaluate, formatReport, type GoldLabel, type Prediction } from './evaluation';

const gold: GoldLabel[] = [
  {
    id: 'a',
    relevant: true,
    tracks: ['kr-us'],
    signals: ['talks_held', 'deal_reached'],
    deadline: '2025-08-01',
    tariff_rates: [15, 25],
  },
  {
    id: 'b',
    relevant: true,
    tracks: ['kr-us', 'jp-us'],
    signals: ['talks_cancelled'],
    deadline: null,
    tariff_rates: [],
  },
  { id: 'c', relevant: false, tracks: [], signals: [], deadline: null, tariff_rates: [] },
];
const predictions: Prediction[] = [
  {
    id: 'a',
    relevant: true,
    tracks: ['kr-us'],
    signals: [{ type: 'talks_held' }, { type: 'proposal', evidence: 'Seoul offered more.' }],
    deadline: '2025-08-01',
    tariff_rates: [25, 15],
  },
  {
    id: 'b',
    relevant: true,
    tracks: ['jp-us'],
    signals: [{ type: 'talks_cancelled' }],
    deadline: '2025-08-01',
    tariff_rates: [],
  },
  { id: 'c', relevant: true, tracks: ['kr-us'], signals: [], deadline: null, tariff_rates: [] },
];

describe('evaluate', () => {
  const report = evaluate(gold, predictions);
  const score = (signal: string) => report.perSignal.find((entry) => entry.signal === signal)!;

  it.each<[string, number, number, number, number]>([
    ['talks_held', 1, 0, 0, 1],
    ['talks_cancelled', 1, 0, 0, 1],
    ['deal_reached', 0, 0, 1, 0],
    ['proposal', 0, 1, 0, 0],
  ])('%s: tp %d fp %d fn %d f1 %d', (signal, tp, fp, fn, f1) => {
    expect([
      score(signal).truePositives,
      score(signal).falsePositives,
      score(signal).falseNegatives,
      score(signal).f1,
    ]).toEqual([tp, fp, fn, f1]);
  });

  it('averages F1 over the signals that occur, and pools counts for micro F1', () => {
    expect(report.macroF1).toBeCloseTo(0.5);
    expect(report.microF1).toBeCloseTo((2 * (2 / 3) * (2 / 3)) / (4 / 3));
  });

  it('scores relevance, main track, deadline and rates per article', () => {
    expect(report.relevanceAccuracy).toBeCloseTo(2 / 3);
    expect(report.mainTrackAccuracy).toBeCloseTo(1 / 3);
    expect(report.deadlineAccuracy).toBeCloseTo(2 / 3);
    expect(report.tariffRatesAccuracy).toBe(1);
    expect(report.mistakes.map((mistake) => `${mistake.id}:${mistake.field}`)).toEqual(
      expect.arrayContaining(['a:signals', 'b:main_track', 'b:deadline', 'c:relevant', 'c:main_track']),
    );
  });

  it('counts a missing prediction as a miss and prints a table', () => {
    const partial = evaluate(gold, predictions.slice(0, 1));
    expect(partial.mistakes.some((mistake) => mistake.field === 'missing')).toBe(true);
    expect(formatReport(partial)).toContain('macro F1');
  });
});
