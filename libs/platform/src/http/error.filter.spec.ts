import { type ArgumentsHost, BadRequestException, Logger, type LoggerService } from '@nestjs/common';
import { ErrorBodyFilter } from './error.filter';

function hostFor(sent: { status?: number; body?: unknown }): ArgumentsHost {
  const res = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
    },
  };
  const req = { method: 'POST', path: '/api/webhooks' };
  return {
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
  } as unknown as ArgumentsHost;
}

describe('ErrorBodyFilter', () => {
  const lines: { level: string; message: unknown }[] = [];
  const capture: LoggerService = {
    log: (message: unknown) => lines.push({ level: 'info', message }),
    warn: (message: unknown) => lines.push({ level: 'warn', message }),
    error: (message: unknown) => lines.push({ level: 'error', message }),
  };

  beforeAll(() => {
    Logger.overrideLogger(capture);
  });
  afterAll(() => {
    Logger.overrideLogger(false);
  });
  beforeEach(() => {
    lines.length = 0;
  });

  it('logs a client error at info, with its message in msg, and answers the one shape', () => {
    const sent: { status?: number; body?: unknown } = {};
    new ErrorBodyFilter().catch(new BadRequestException({ error: 'url is required' }), hostFor(sent));
    expect(sent).toEqual({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: 'url is required' },
    });
    expect(lines).toEqual([
      {
        level: 'info',
        message: expect.objectContaining({
          msg: 'POST /api/webhooks refused: url is required',
          statusCode: 400,
        }),
      },
    ]);
  });

  it('logs a server error as an error, and tells the client nothing of it', () => {
    const sent: { status?: number; body?: unknown } = {};
    new ErrorBodyFilter().catch(new Error('relation "webhooks" does not exist'), hostFor(sent));
    expect(sent.status).toBe(500);
    expect(JSON.stringify(sent.body)).not.toContain('relation');
    expect(lines.map((l) => l.level)).toEqual(['error']);
    expect(lines[0]?.message).toMatch(/relation "webhooks" does not exist/);
  });
});
