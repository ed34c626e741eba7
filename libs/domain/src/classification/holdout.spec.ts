import { DEFAULT_HOLDOUT, holdoutPattern, isHoldoutId } from './holdout';

describe('the --holdout option', () => {
  it.each([
    ['default', 'n010', true],
    ['default', 'd1-002', true],
    ['default', 'n013', false],
    ['default', 'd3-029', false],
    ['^00[34]', '003', true],
    ['^00[34]', '005', false],
  ])('%s keeps %s apart: %s', (option, id, apart) => {
    expect(isHoldoutId(id, holdoutPattern(option))).toBe(apart);
  });

  it('"default" is the shared part kept unread, not a pattern that matches no id', () => {
    expect(holdoutPattern('default')).toBe(DEFAULT_HOLDOUT);
  });

  it('a pattern that does not compile is a one-line error naming the option', () => {
    expect(() => holdoutPattern('n0[1')).toThrow(
      '--holdout n0[1: not a regular expression over ids; give one, or "default"',
    );
  });
});
