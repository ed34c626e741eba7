import {
  BadRequestException,
  ConflictException,
  HttpException,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { toErrorBody } from './error-body';

/** Every way an error is thrown in the app, and the one body it leaves as. */
describe('toErrorBody', () => {
  it.each([
    [
      'a service refusal with {error: text}',
      new NotFoundException({ error: 'no webhook wh_1' }),
      { statusCode: 404, error: 'Not Found', message: 'no webhook wh_1' },
    ],
    [
      'a refusal with message and details',
      new BadRequestException({
        message: 'invalid request',
        details: [{ field: 'url', message: 'required' }],
      }),
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'invalid request',
        details: [{ field: 'url', message: 'required' }],
      },
    ],
    [
      'the guard',
      new UnauthorizedException({ error: 'wrong bearer token' }),
      { statusCode: 401, error: 'Unauthorized', message: 'wrong bearer token' },
    ],
    [
      'a plain string',
      new HttpException('slow down', 429),
      { statusCode: 429, error: 'Too Many Requests', message: 'slow down' },
    ],
    [
      "Nest's own (message array, as class-validator gives)",
      new BadRequestException(['a is bad', 'b is bad']),
      { statusCode: 400, error: 'Bad Request', message: 'a is bad; b is bad' },
    ],
    [
      'details that are not field problems are dropped, not passed through',
      new ConflictException({ message: 'taken', details: 'free text' }),
      { statusCode: 409, error: 'Conflict', message: 'taken' },
    ],
    [
      "body-parser's too large",
      Object.assign(new Error('request entity too large'), {
        status: 413,
        type: 'entity.too.large',
        limit: 102400,
        expose: true,
      }),
      {
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'the request body is over the limit of 102400 bytes',
      },
    ],
    [
      "body-parser's bad JSON",
      Object.assign(new SyntaxError('Unexpected token } in JSON'), {
        status: 400,
        type: 'entity.parse.failed',
        expose: true,
      }),
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'the body is not valid JSON: Unexpected token } in JSON',
      },
    ],
    [
      'an http-error not meant to be shown',
      Object.assign(new Error('secret internals'), { status: 400, expose: false }),
      { statusCode: 400, error: 'Bad Request', message: 'Bad Request' },
    ],
    [
      'a bug: nothing of the inside leaks',
      new TypeError("Cannot read properties of undefined (reading 'id') at /srv/app.js"),
      { statusCode: 500, error: 'Internal Server Error', message: expect.not.stringContaining('srv') },
    ],
    [
      'a thrown string',
      'boom',
      { statusCode: 500, error: 'Internal Server Error', message: expect.any(String) },
    ],
  ])('%s', (_name, thrown, expected) => {
    expect(toErrorBody(thrown)).toEqual(expected);
  });
});
