import { classifyArticle } from './classify';

describe('relevance of a short meeting report', () => {
  const text =
    'South Korean Industry Minister Kim Jung-kwan met U.S. Commerce Secretary Howard Lutnick in New York on Sunday to discuss tariffs. ' +
    'The two sides discussed ways to avoid a 25 percent tariff that is set to take effect on Aug. 1.';

  it.each(['Kim meets Lutnick in New York', 'Korea tariff', 'Tariff talks'])(
    'under the headline "%s" it is a kr-us meeting',
    (title) => {
      const result = classifyArticle({ id: 't', title, text, published: '2025-07-28' });
      expect(result.relevant).toBe(true);
      expect(result.tracks[0]).toBe('kr-us');
      expect(result.signals.map((s) => s.type)).toContain('talks_held');
    },
  );

  it('a central bank meeting that mentions tariffs stays out', () => {
    const result = classifyArticle({
      id: 'b',
      title: 'Bank of Korea holds rate steady',
      text: 'The Bank of Korea kept its key interest rate unchanged at 2.5 percent on Thursday after a policy meeting, citing uncertainty over U.S. tariffs.',
      published: '2025-07-10',
    });
    expect(result.relevant).toBe(false);
  });
});
