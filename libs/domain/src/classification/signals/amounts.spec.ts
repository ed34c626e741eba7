import { classifyArticle } from '../classify';

describe('money amounts inside a trigger phrase', () => {
  it.each([
    'South Korea proposed a $100 billion shipbuilding cooperation package to the United States on Thursday, officials said.',
    'South Korea offered a $350 billion investment package to Washington on Friday.',
    'Seoul presented a ₩500 trillion investment plan to U.S. Commerce Secretary Howard Lutnick on Friday.',
  ])('%s → proposal', (text) => {
    const result = classifyArticle({ id: 't', title: 'Korea tariff talks', text, published: '2025-07-24' });
    expect(result.signals.map((s) => s.type)).toContain('proposal');
    expect(result.signals.find((s) => s.type === 'proposal')?.evidence).toBe(text);
  });
});
