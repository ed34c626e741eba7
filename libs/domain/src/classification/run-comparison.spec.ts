import type { GoldLabel, Prediction } from './evaluation';
import { compareRuns, formatComparison } from './run-comparison';

const label = (id: string, signals: string[], deadline: string | null = null): GoldLabel => ({
  id,
  relevant: true,
  tracks: ['kr-us'],
  signals,
  deadline,
  tariff_rates: [],
});

const answer = (
  id: string,
  signals: string[],
  deadline: string | null = null,
  relevant = true,
): Prediction => ({
  id,
  relevant,
  tracks: relevant ? ['kr-us'] : [],
  signals: signals.map((type) => ({ type, confidence: 0.8 })),
  deadline,
  tariff_rates: [],
});

describe('comparing two runs against the labels', () => {
  it.each<[string, Prediction, Prediction, number]>([
    ['a missed signal found is better', answer('a', ['talks_held']), answer('a', []), 1],
    [
      'a false signal added is worse',
      answer('a', ['deal_reached', 'talks_held']),
      answer('a', ['talks_held']),
      -1,
    ],
    [
      'a right deadline found is better',
      answer('a', ['talks_held'], '2025-08-01'),
      answer('a', ['talks_held']),
      1,
    ],
    [
      'one false signal swapped for another is a trade',
      answer('a', ['talks_held', 'proposal']),
      answer('a', ['talks_held', 'deal_reached']),
      0,
    ],
    [
      'an article judged irrelevant loses its relevance, its main track and its signal',
      answer('a', [], null, false),
      answer('a', ['talks_held']),
      -3,
    ],
  ])('%s', (_, now, before, delta) => {
    const gold = [label('a', ['talks_held'], '2025-08-01')];
    const result = compareRuns(gold, [now], [before]);
    expect(result.changed).toBe(1);
    expect(result.answers[0].delta).toBe(delta);
    expect(result.better).toBe(delta > 0 ? 1 : 0);
    expect(result.worse).toBe(delta < 0 ? 1 : 0);
  });

  it('counts only answers that changed; confidence and signal order do not count', () => {
    const gold = [label('a', ['talks_held']), label('b', ['deal_reached', 'tariff_reduced'])];
    const now = [answer('a', ['talks_held']), answer('b', ['tariff_reduced', 'deal_reached'])];
    const before = [
      { ...answer('a', ['talks_held']), signals: [{ type: 'talks_held', confidence: 0.6 }] },
      answer('b', ['deal_reached', 'tariff_reduced']),
    ];
    expect(compareRuns(gold, now, before)).toEqual({
      missingFromBaseline: 0,
      changed: 0,
      better: 0,
      worse: 0,
      answers: [],
    });
  });

  it('names the changed articles only where the part may be read', () => {
    const gold = [label('n1', ['talks_held'])];
    const comparison = compareRuns(gold, [answer('n1', ['talks_held'])], [answer('n1', [])]);
    expect(formatComparison(comparison, true)).toContain('+ n1: [] kr-us - -> [talks_held] kr-us -');
    const hidden = formatComparison(comparison, false);
    expect(hidden).toContain('1 answers changed, 1 better, 0 worse');
    expect(hidden).not.toContain('n1');
  });

  it('tells how many labeled articles the baseline does not answer', () => {
    const gold = [label('a', ['talks_held']), label('b', [])];
    const comparison = compareRuns(
      gold,
      [answer('a', ['talks_held']), answer('b', [])],
      [answer('a', ['talks_held'])],
    );
    expect(comparison.missingFromBaseline).toBe(1);
    expect(formatComparison(comparison, true)).toContain(
      '1 labeled articles have no answer in the baseline file',
    );
  });
});
