import { TermScanner } from './term-scanner';

const scanner = new TermScanner([
  'Korea',
  'South Korea',
  'Yeo Han-koo',
  'Kim',
  'U.S.',
  'US',
  '2+2',
  'Ferdinand Marcos Jr.',
  'Seoul',
]);
const found = (text: string, terms: TermScanner = scanner) =>
  terms.find(text).map((match) => `${match.index}:${match.text}`);

describe('TermScanner', () => {
  it.each([
    ['a term as written', 'talks with Korea', ['11:Korea']],
    ['in any letter case (the matcher judges case)', 'KOREA and korea', ['0:KOREA', '10:korea']],
    ['the longest term that starts at a place', 'South Korea said', ['0:South Korea']],
    [
      'spaces and hyphens interchangeable',
      'Yeo Han koo and Yeo-Han-koo',
      ['0:Yeo Han koo', '16:Yeo-Han-koo'],
    ],
    ['not the start of a longer word', 'Kimberly and USB and Koreatown', []],
    ['before an apostrophe', "Kim's visit", ['0:Kim']],
    ['not after a letter or digit', 'xKorea 12+2 and 2+2', ['16:2+2']],
    [
      'terms that end in a full stop',
      'U.S.-Korea and Ferdinand Marcos Jr. said',
      ['0:U.S.', '5:Korea', '15:Ferdinand Marcos Jr.'],
    ],
    ['at both ends of the text', 'Seoul to Korea', ['0:Seoul', '9:Korea']],
    ['letters outside ASCII are letters', 'ÉKorea Korea’s Seoul—Korea', ['7:Korea', '15:Seoul', '21:Korea']],
    ['no overlap: the text goes on after a match', 'South Korea Korea', ['0:South Korea', '12:Korea']],
  ])('%s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('finds terms that start with neither a letter nor a digit', () => {
    const money = new TermScanner(['$5 billion', 'Korea']);
    expect(found('a $5 billion pledge, x$5 billion, Korea', money)).toEqual(['2:$5 billion', '34:Korea']);
  });

  it('finds one-letter terms and terms that start outside ASCII, in any letter case', () => {
    expect(found('e and E and KOREA', new TermScanner(['E', 'Korea']))).toEqual(['0:e', '6:E', '12:KOREA']);
    expect(found('ÉLYSÉE and élysée, korea', new TermScanner(['Élysée', 'Korea']))).toEqual([
      '0:ÉLYSÉE',
      '11:élysée',
      '19:korea',
    ]);
  });

  it('masks terms with as many characters, and keeps the words outside them', () => {
    const falseFriends = new TermScanner(['North Korea']);
    const masked = falseFriends.mask('North Korea and South Korea');
    expect(masked.text).toBe('########### and South Korea');
    expect(masked.words.map((word) => word.word)).toEqual(['and', 'South', 'Korea']);
    expect(found(masked.text)).toEqual(['16:South Korea']);
  });

  it('finds what one alternation of every term, longest first, finds', () => {
    const terms = ['Korea', 'South Korea', 'US', 'U.S.', 'Kim', 'Kim Jung-kwan', 'EU', 'E.U.', 'Seoul'];
    const alternation = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${terms
        .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s\\-]+'))
        .sort((a, b) => b.length - a.length)
        .join('|')})(?![\\p{L}\\p{N}])`,
      'giu',
    );
    const sentences = [
      'South Korea held talks with the U.S.; Kim Jung-kwan met EU officials in Seoul.',
      "KIM JUNG KWAN: Korea's E.U.-style deal, US-Korea, 'Korea', USKorea, Kimchi.",
      'Südkorea, Koreas, the E.U, U.S and South-Korea.',
    ];
    const ours = new TermScanner(terms);
    for (const sentence of sentences)
      expect(found(sentence, ours)).toEqual(
        [...sentence.matchAll(alternation)].map((match) => `${match.index}:${match[0]}`),
      );
  });
});
