import { annotate } from './annotate';
import { splitClauses } from './clauses';

function clausesOf(sentence: string): string[] {
  const tokens = annotate(sentence, new Set());
  return splitClauses(tokens).map((clause) =>
    tokens
      .slice(clause.from, clause.to)
      .map((token) => token.normal)
      .join(' '),
  );
}

describe('splitClauses: "as" with its own subject and verb opens a clause even without a comma', () => {
  it.each([
    [
      'The tariffs have been delayed twice as negotiations continued.',
      ['the tariffs have been delayed twice', 'as negotiations continued .'],
    ],
    [
      'Korea braces for impact as 15% tariffs take effect',
      ['korea braces for impact', 'as 15 % tariffs take effect'],
    ],
    ['Seoul waited as the two sides talked.', ['seoul waited', 'as the two sides talked .']],
  ])('%s', (sentence, expected) => {
    expect(clausesOf(sentence)).toEqual(expected);
  });

  it.each([
    'Tariffs could rise as early as May.',
    'Exports such as cars fell.',
    'Korea will buy energy as well as chips.',
    'Korea was listed as a partner.',
  ])('keeps "%s" in one clause', (sentence) => {
    expect(clausesOf(sentence)).toHaveLength(1);
  });
});
