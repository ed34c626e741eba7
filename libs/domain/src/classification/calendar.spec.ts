import { inferPublished, parsePublished, toIsoDate } from './calendar';

describe('the publication day', () => {
  it.each<[string | null, string, string | null]>([
    ['https://news.example/2025/07/10/korea-tariffs', 'Talks went on.', '2025-07-10'],
    ['https://news.example/korea-tariffs', 'SEOUL, July 31, 2025 -- Talks went on.', '2025-07-31'],
    // Words chrono reads from the machine's clock are not a publication day.
    ['https://news.example/korea-tariffs', 'Talks are now under way and end today, officials said.', null],
    [null, 'The truce now runs until November 10, 2026.', '2026-11-10'],
  ])('inferPublished(%s, %s)', (url, text, expected) => {
    const inferred = inferPublished(url, text);
    expect(inferred ? toIsoDate(inferred) : null).toBe(expected);
  });

  it.each<[string | null, string | null]>([
    ['2025-07-26', '2025-07-26'],
    ['2025-07-26T23:30:00Z', '2025-07-26'],
    ['Sat, 26 Jul 2025 10:00:00 GMT', '2025-07-26'],
    [null, null],
    ['not a date', null],
  ])('parsePublished(%s)', (input, expected) => {
    const parsed = parsePublished(input);
    expect(parsed ? toIsoDate(parsed) : null).toBe(expected);
  });
});
