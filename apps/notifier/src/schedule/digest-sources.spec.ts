import type { Classification } from '@dw/domain';
import { talksFrom } from './digest-sources';

const article = {
  title: 'Trade chiefs to meet',
  url: 'https://news.example/meet',
  source: 'Yonhap',
  published: new Date('2025-07-24T03:00:00Z'),
};

function result(
  evidence: string,
  type: Classification['signals'][number]['type'] = 'talks_scheduled',
): Classification {
  return {
    id: 'a',
    relevant: true,
    tracks: ['kr-us'],
    signals: [{ type, confidence: 0.9, evidence }],
    deadline: null,
    tariff_rates: [],
  };
}

describe('talksFrom', () => {
  const now = new Date('2025-07-25T00:00:00Z');

  it('takes a day-certain date still ahead from a talks_scheduled sentence', () => {
    expect(talksFrom(result('Ministers will meet in Washington on July 31.'), article, now)).toEqual([
      {
        title: 'Ministers will meet in Washington on July 31.',
        at: '2025-07-31',
        url: 'https://news.example/meet',
        source: 'Yonhap',
      },
    ]);
  });

  it.each([
    ['a date already past', 'Ministers met in Washington on July 20.', 'talks_scheduled'],
    ['no date', 'Ministers will meet again soon.', 'talks_scheduled'],
    ['another signal', 'A deal was reached on July 31.', 'deal_reached'],
  ] as const)('ignores %s', (_label, sentence, type) => {
    expect(talksFrom(result(sentence, type), article, now)).toEqual([]);
  });
});
