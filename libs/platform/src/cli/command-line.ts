import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandLineIo {
  out: (line: string) => void;
  err: (line: string) => void;
  exit: (code: number) => never;
}

const PROCESS_IO: CommandLineIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  exit: (code) => process.exit(code),
};

/**
 * The one way a command reads its arguments: `--help` prints the usage and exits 0; an unknown or
 * malformed option prints one line naming it, then the usage, and exits 2, before any work is done.
 */
export function readCommandLine<O extends Options>(
  command: string,
  usage: string,
  options: O,
  argv: string[] = process.argv.slice(2),
  io: CommandLineIo = PROCESS_IO,
) {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(usage);
    return io.exit(0);
  }
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's text goes on about positionals after '--'; the first sentence says what is wrong.
    io.err(`${command}: ${(error as Error).message.split(/\.\s/)[0]}`);
    io.err(usage);
    return io.exit(2);
  }
}
