import { classifyArticle } from './classify';

describe('the deadline a tariff threat sets', () => {
  it.each([
    [
      'a tariff due from a date is the deadline',
      'U.S. President Donald Trump has threatened a 25 percent tariff on Korean goods from Aug. 1 if no deal is reached with Seoul.',
      '2025-08-01',
    ],
    [
      'a span of meeting days is not',
      'A planned visit by a U.S. team to Seoul for tariff negotiations from August 25 to 29 has been called off, Korean officials said.',
      null,
    ],
  ])('%s', (_what, text, deadline) => {
    const result = classifyArticle({ id: 't', title: 'Korea tariff talks', text, published: '2025-07-25' });
    expect(result.deadline).toBe(deadline);
  });
});
