import { fingerprint, FINGERPRINT_BITS, hammingDistance, isNearDuplicate } from './simhash';
import { StoryIndex } from './story-index';

const base =
  'Seoul and Washington ended a third day of talks without a deal on Thursday, with officials saying gaps remained on agriculture, ' +
  'autos and the size of an investment fund, days before the tariff deadline. The trade minister said both sides would keep talking.';
const other =
  'The central bank kept its benchmark rate where it was on Thursday and signalled that it would wait for clearer signs of slowing inflation before cutting.';

describe('fingerprint', () => {
  it('is stable, 256 bits, and ignores case, accents and punctuation', () => {
    expect(fingerprint(base)).toHaveLength(FINGERPRINT_BITS / 4);
    expect(fingerprint(base)).toBe(fingerprint(base.toUpperCase().replace(/,/g, ' ,')));
    expect(fingerprint('Café résumé talks')).toBe(fingerprint('cafe resume talks'));
  });

  it.each([
    ['an identical text', base, true],
    ['a dateline added', `SEOUL (Wire) - ${base}`, true],
    ['a credit line added', `${base} Reporting by A. Writer; editing by B. Editor.`, true],
    ['an unrelated text', other, false],
  ])('near-duplicate of %s: %s', (_label, text, expected) => {
    expect(isNearDuplicate(fingerprint(base), fingerprint(text))).toBe(expected);
  });

  it('rejects malformed fingerprints', () => {
    expect(() => hammingDistance('abc', fingerprint(base))).toThrow(TypeError);
  });
});

describe('StoryIndex', () => {
  it('gives copies the first article id as story id', () => {
    const index = new StoryIndex();
    expect(index.assign('a', fingerprint(base))).toBe('a');
    expect(index.assign('b', fingerprint(`SEOUL (Wire) - ${base}`))).toBe('a');
    expect(index.assign('c', fingerprint(other))).toBe('c');
    expect(index.assign('a', fingerprint(base))).toBe('a');
  });

  it('forgets the oldest beyond its capacity', () => {
    const index = new StoryIndex(1);
    index.assign('a', fingerprint(base));
    index.assign('c', fingerprint(other));
    expect(index.size).toBe(1);
    expect(index.assign('b', fingerprint(base))).toBe('b');
  });
});
