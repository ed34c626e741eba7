import { readCommandLine, type CommandLineIo } from './command-line';

class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandLineIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    exit: (code) => {
      throw new Exit(code);
    },
  };
  try {
    const parsed = readCommandLine(
      'demo',
      'usage: demo FILE [--json]',
      { json: { type: 'boolean' } },
      argv,
      io,
    );
    return { parsed, out, err, code: null };
  } catch (error) {
    if (error instanceof Exit) return { parsed: null, out, err, code: error.code };
    throw error;
  }
}

describe('readCommandLine', () => {
  it.each([
    [['--help'], 0, ['usage: demo FILE [--json]'], []],
    [['-h'], 0, ['usage: demo FILE [--json]'], []],
    [['--bogus'], 2, [], ["demo: Unknown option '--bogus'", 'usage: demo FILE [--json]']],
  ])('%j exits %i with usage, before any work', (argv, code, out, err) => {
    const result = run(argv);
    expect(result.code).toBe(code);
    expect(result.out).toEqual(out);
    expect(result.err).toEqual(err);
  });

  it('returns options and positionals otherwise', () => {
    const { parsed, code } = run(['folder', '--json']);
    expect(code).toBeNull();
    expect(parsed?.positionals).toEqual(['folder']);
    expect(parsed?.values.json).toBe(true);
  });
});
