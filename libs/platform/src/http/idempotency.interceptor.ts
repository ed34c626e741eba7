import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type CallHandler,
  ConflictException,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Clock } from '@dw/domain';
import { IdempotencyRepository } from '../repositories/idempotency.repository';
import { InjectClock } from '../tokens';
import { invalidInput } from './zod.pipe';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';
const WINDOW_MS = 24 * 3_600_000;
/** A claim with no response after this long died with its process. */
const ABANDONED_MS = 5 * 60_000;
/** How long a second request with the same key waits for the first to finish before a 409. */
const WAIT_FOR_FIRST_MS = 10_000;
const POLL_MS = 50;
const KEY = /^[\x21-\x7e]{1,255}$/;

/** JSON with object keys sorted, so {"a":1,"b":2} and {"b":2,"a":1} are the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/**
 * `Idempotency-Key` on a creating POST: the first request with a key runs, and its 2xx response is
 * stored (PostgreSQL, 24 h); the same key with the same body gets that response again, with
 * `Idempotent-Replayed: true`; with another body, a 409. A concurrent duplicate waits for the first
 * one (the primary key lets only one claim win) and then gets its response. A request that fails
 * (4xx or 5xx) stores nothing, so it can be corrected and sent again with the same key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly records: IdempotencyRepository,
    private readonly reflector: Reflector,
    @InjectClock() private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return from(this.handle(context, next));
  }

  private async handle(context: ExecutionContext, next: CallHandler): Promise<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const header = req.headers[IDEMPOTENCY_HEADER];
    if (header === undefined) return lastValueFrom(next.handle(), { defaultValue: undefined });
    const key = Array.isArray(header) ? header[0] : header;
    if (key === undefined || !KEY.test(key)) {
      throw invalidInput([
        { field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters (a UUID is ideal)' },
      ]);
    }
    const scope = `${req.method} ${(req.route as { path?: string } | undefined)?.path ?? req.path}`;
    const hash = requestHash(req.body);
    const deadline = performance.now() + WAIT_FOR_FIRST_MS;
    for (;;) {
      const now = this.clock.now();
      const outcome = await this.records.claim({
        scope,
        key,
        requestHash: hash,
        now,
        expiredBefore: new Date(now.getTime() - WINDOW_MS),
        abandonedBefore: new Date(now.getTime() - ABANDONED_MS),
      });
      if (outcome.kind === 'claimed') return this.runFirst(context, next, scope, key);
      if (outcome.requestHash !== hash) {
        throw new ConflictException({
          message:
            'this Idempotency-Key was already used with a different body: use a new key for a new request',
        });
      }
      if (outcome.kind === 'done') {
        res.setHeader(REPLAYED_HEADER, 'true');
        res.status(outcome.statusCode);
        return outcome.response;
      }
      if (performance.now() >= deadline) {
        res.setHeader('Retry-After', '1');
        throw new ConflictException({
          message: 'a request with this Idempotency-Key is still running: retry in a moment',
        });
      }
      await sleep(POLL_MS);
    }
  }

  private async runFirst(
    context: ExecutionContext,
    next: CallHandler,
    scope: string,
    key: string,
  ): Promise<unknown> {
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      await this.records.release(scope, key);
      throw error;
    }
    const req = context.switchToHttp().getRequest<Request>();
    const status =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ??
      (req.method === 'POST' ? 201 : 200);
    await this.records.complete(scope, key, status, body);
    return body;
  }
}

/** Documents the header on a route that uses IdempotencyInterceptor. */
export const ApiIdempotencyKey = () =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Any unique string up to 255 visible ASCII characters (a UUID). Sending the same key and body again within 24 h returns the first response (with Idempotent-Replayed: true) instead of doing it twice; the same key with another body is a 409.',
    schema: { type: 'string', maxLength: 255, example: '5f0c8a8e-2f43-4f0e-9d7e-0d7f4c1b2a91' },
  });
