import { Logger } from '@nestjs/common';
import pino from 'pino';
import { PinoNestLogger, toLogLine } from './logger';

describe('toLogLine: a Nest Logger call becomes {msg, ...fields}', () => {
  const stack = 'Error: boom\n    at poll (poll.service.ts:1:1)';
  it.each<[string, unknown, unknown[], { msg: string | undefined; fields: Record<string, unknown> }]>([
    ['string with context', 'feed polled', ['Poller'], { msg: 'feed polled', fields: { context: 'Poller' } }],
    [
      'object + message + context',
      { feedId: 3, error: 'timeout' },
      ['feed poll failed', 'Poller'],
      { msg: 'feed poll failed', fields: { context: 'Poller', feedId: 3, error: 'timeout' } },
    ],
    [
      'error() without a trace',
      'could not start',
      [undefined, 'Boot'],
      { msg: 'could not start', fields: { context: 'Boot' } },
    ],
    [
      'error() with a stack',
      'unhandled',
      [stack, 'ExceptionsHandler'],
      { msg: 'unhandled', fields: { context: 'ExceptionsHandler', stack } },
    ],
    [
      'error() with an object and a message',
      { feedId: 1 },
      ['source silent', 'Poller'],
      { msg: 'source silent', fields: { context: 'Poller', feedId: 1 } },
    ],
    [
      'object carrying msg',
      { msg: 'inner', a: 1 },
      ['Ctx'],
      { msg: 'inner', fields: { context: 'Ctx', a: 1 } },
    ],
    ['object + message, no context', { a: 1 }, ['hello'], { msg: 'hello', fields: { a: 1 } }],
    ['a bare string', 'hello', [], { msg: 'hello', fields: {} }],
  ])('%s', (_name, message, params, expected) => {
    expect(toLogLine(message, params)).toEqual(expected);
  });

  it('an Error keeps its message in msg and the error as err', () => {
    const error = new Error('down');
    expect(toLogLine(error, ['Ctx'])).toEqual({ msg: 'down', fields: { context: 'Ctx', err: error } });
  });
});

describe('PinoNestLogger through a real Nest Logger', () => {
  it('writes every line with its message in msg', () => {
    const lines: Record<string, unknown>[] = [];
    const root = pino(
      { level: 'trace' },
      { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    Logger.overrideLogger(new PinoNestLogger(root));
    const logger = new Logger('Poller');
    logger.warn({ feedId: 7, error: 'ECONNREFUSED' }, 'feed poll failed');
    logger.error({ feedId: 7 }, 'source silent');
    logger.error('plain failure');
    logger.log('started');
    Logger.overrideLogger(false);
    expect(lines.map(({ msg, context, feedId, error }) => ({ msg, context, feedId, error }))).toEqual([
      { msg: 'feed poll failed', context: 'Poller', feedId: 7, error: 'ECONNREFUSED' },
      { msg: 'source silent', context: 'Poller', feedId: 7, error: undefined },
      { msg: 'plain failure', context: 'Poller', feedId: undefined, error: undefined },
      { msg: 'started', context: 'Poller', feedId: undefined, error: undefined },
    ]);
    expect(lines.every((line) => !('trace' in line))).toBe(true);
  });
});
