import { isSafeText, PG_INT_MAX, pgIdText, safeInput, safeText, unsafeTextPaths } from './input-rules';

describe('isSafeText', () => {
  it.each([
    ['plain', 'trading desk bot', true],
    ['empty', '', true],
    ['Korean', '한미 관세 협상', true],
    ['emoji (a surrogate pair)', 'deal \u{1F91D} done', true],
    ['NUL', 'a\u0000b', false],
    ['NUL alone', '\u0000', false],
    ['lone high surrogate', 'a\uD800b', false],
    ['lone high surrogate at the end', 'a\uDBFF', false],
    ['lone low surrogate', '\uDC00a', false],
    ['reversed pair', '\uDC00\uD800', false],
  ])('%s', (_name, value, safe) => {
    expect(isSafeText(value)).toBe(safe);
    expect(safeText().safeParse(value).success).toBe(safe);
  });
});

describe('unsafeTextPaths', () => {
  it('finds every unsafe string and key, with its path', () => {
    const paths = unsafeTextPaths({
      url: 'ok',
      tracks: ['kr-us', 'x\u0000'],
      nested: { ['k\uD800']: 1, deep: ['\uDC00'] },
    });
    expect(paths).toHaveLength(3);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['tracks', 1],
        ['nested', 'k\uD800'],
        ['nested', 'deep', 0],
      ]),
    );
    expect(unsafeTextPaths('a\u0000')).toEqual([[]]);
    expect(unsafeTextPaths(null)).toEqual([]);
    expect(unsafeTextPaths(42)).toEqual([]);
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = safeInput.safeParse(deep);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/nested deeper/);
  });
});

describe('pgIdText', () => {
  it.each([
    ['1', 1],
    ['42', 42],
    [String(PG_INT_MAX), PG_INT_MAX],
    ['0', null],
    [String(PG_INT_MAX + 1), null],
    ['99999999999', null],
    ['-1', null],
    ['1.5', null],
    ['1e3', null],
    ['0x10', null],
    [' 7', null],
    ['', null],
    ['7\u0000', null],
  ])('%p', (text, expected) => {
    const result = pgIdText().safeParse(text);
    expect(result.success ? result.data : null).toBe(expected);
  });
});
