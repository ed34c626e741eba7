import { STATUS_CODES } from 'node:http';
import { applyDecorators, HttpException } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

/** The one error body of every JSON route: {statusCode, error, message, details?}. */
export interface ErrorBody {
  statusCode: number;
  /** The HTTP reason phrase of statusCode ("Bad Request", "Conflict", ...). */
  error: string;
  /** What went wrong and, where it helps, what to do. */
  message: string;
  /** Per-field problems of a refused input. */
  details?: { field: string; message: string }[];
}

export function reasonPhrase(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

export function errorBody(
  statusCode: number,
  message: string,
  details?: { field: string; message: string }[],
): ErrorBody {
  return { statusCode, error: reasonPhrase(statusCode), message, ...(details ? { details } : {}) };
}

function isDetails(value: unknown): value is { field: string; message: string }[] {
  return (
    Array.isArray(value) &&
    value.every(
      (d) =>
        typeof d === 'object' &&
        d !== null &&
        typeof (d as { field?: unknown }).field === 'string' &&
        typeof (d as { message?: unknown }).message === 'string',
    )
  );
}

/**
 * Any thrown value as the error body. Services throw Nest exceptions with {error: text} or {message}
 * (both read as the message); body-parser throws http-errors ({status, expose}); anything else is a 500
 * whose message says nothing about the inside.
 */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'string') return errorBody(status, response);
    const fields = response as { message?: unknown; error?: unknown; details?: unknown };
    const message =
      typeof fields.message === 'string'
        ? fields.message
        : Array.isArray(fields.message)
          ? fields.message.join('; ')
          : typeof fields.error === 'string'
            ? fields.error
            : exception.message;
    return errorBody(status, message, isDetails(fields.details) ? fields.details : undefined);
  }
  const httpError = exception as { status?: unknown; expose?: unknown; message?: unknown; type?: unknown };
  if (
    typeof httpError === 'object' &&
    httpError !== null &&
    typeof httpError.status === 'number' &&
    httpError.status >= 400 &&
    httpError.status < 500
  ) {
    const message =
      httpError.type === 'entity.too.large'
        ? `the request body is over the limit of ${String((httpError as { limit?: unknown }).limit)} bytes`
        : httpError.type === 'entity.parse.failed'
          ? `the body is not valid JSON: ${String(httpError.message)}`
          : httpError.expose && typeof httpError.message === 'string'
            ? httpError.message
            : reasonPhrase(httpError.status);
    return errorBody(httpError.status, message);
  }
  return errorBody(500, 'internal error: the server failed to answer; it has been logged');
}

// ---- OpenAPI ----

export class ErrorDetailDto {
  @ApiProperty({ example: 'url' }) field!: string;
  @ApiProperty({ example: 'must not contain NUL characters or unpaired UTF-16 surrogates' }) message!: string;
}

export class ErrorDto {
  @ApiProperty({ example: 400, minimum: 400, maximum: 599 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request', description: 'The HTTP reason phrase of statusCode' })
  error!: string;
  @ApiProperty({
    example: 'invalid request: url must not contain NUL characters or unpaired UTF-16 surrogates',
  })
  message!: string;
  @ApiPropertyOptional({ type: [ErrorDetailDto], description: 'Each refused field of the input' })
  details?: ErrorDetailDto[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'invalid input: malformed JSON, a refused field (details), NUL or lone surrogates, an id out of range',
  401: 'API_TOKEN unset on the server, missing or wrong',
  404: 'no such resource',
  409: 'conflicts with the current state, or an Idempotency-Key reused with another body',
  413: 'the body is over the size limit',
  415: 'wrong Content-Type',
  429: 'too many requests; see Retry-After',
};

/** Documents error responses with the shared ErrorDto: `@ApiErrors(400, 404)` or `@ApiErrors({ 409: 'why' })`. */
export function ApiErrors(...entries: (number | Record<number, string>)[]): MethodDecorator & ClassDecorator {
  const statuses: [number, string][] = entries.flatMap((entry) =>
    typeof entry === 'number'
      ? [[entry, DESCRIPTIONS[entry] ?? reasonPhrase(entry)] as [number, string]]
      : Object.entries(entry).map(([status, text]) => [Number(status), text] as [number, string]),
  );
  return applyDecorators(
    ...statuses.map(([status, description]) => ApiResponse({ status, description, type: ErrorDto })),
  );
}
