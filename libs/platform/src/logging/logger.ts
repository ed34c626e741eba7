import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import type { AppConfig } from '../config/app-config';

export function createRootLogger(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): Logger {
  return pino({
    level: config.logLevel,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    ...(config.logFormat === 'pretty'
      ? {
          transport: {
            target: 'pino-pretty',
            options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid' },
          },
        }
      : {}),
  });
}

type Level = 'fatal' | 'error' | 'info' | 'warn' | 'debug' | 'trace';

export interface LogLine {
  fields: Record<string, unknown>;
  msg: string | undefined;
}

const STACK = /\n\s+at /;

/**
 * How a Nest `Logger` call maps onto one structured line. Nest appends the logger's context as the
 * last argument, so `new Logger('Poller').warn({feedId}, 'feed poll failed')` arrives as
 * `({feedId}, 'feed poll failed', 'Poller')` and `error('x')` as `('x', undefined, 'Poller')`:
 * the message belongs in `msg`, the context in `context`, a stack in `stack`.
 */
export function toLogLine(message: unknown, params: unknown[]): LogLine {
  const rest = [...params];
  let context: string | undefined;
  const objectMessage = typeof message === 'object' && message !== null && !(message instanceof Error);
  const carriesMsg = objectMessage && ('msg' in message || 'message' in message);
  // a lone string after an object without a message is that message (a Logger without a context)
  if (rest.length >= 2 || (rest.length === 1 && (!objectMessage || carriesMsg))) {
    const last = rest.pop();
    if (typeof last === 'string') context = last;
  }
  const fields: Record<string, unknown> = {};
  if (context !== undefined) fields.context = context;
  let msg: string | undefined;
  if (message instanceof Error) {
    msg = message.message;
    fields.err = message;
  } else if (objectMessage) {
    const { msg: inner, message: innerMessage, ...others } = message as Record<string, unknown>;
    Object.assign(fields, others);
    if (typeof inner === 'string') msg = inner;
    else if (typeof innerMessage === 'string') msg = innerMessage;
  } else if (message !== undefined) {
    msg = typeof message === 'string' ? message : JSON.stringify(message);
  }
  for (const param of rest) {
    if (param === undefined || param === null) continue;
    if (typeof param === 'string' && STACK.test(param)) fields.stack = param;
    else if (typeof param === 'string' && msg === undefined) msg = param;
    else if (typeof param === 'string') msg = `${msg}: ${param}`;
    else if (param instanceof Error) fields.err = param;
    else if (typeof param === 'object') Object.assign(fields, param);
  }
  return { fields, msg };
}

/** Nest's logger interface over pino, so framework and service logs share one structured stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const line = toLogLine(message, params);
    if (line.msg === undefined) this.logger[level](line.fields);
    else this.logger[level](line.fields, line.msg);
  }
}
