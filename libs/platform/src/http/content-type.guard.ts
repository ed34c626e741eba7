import { type CanActivate, type ExecutionContext, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import type { Request } from 'express';

const JSON_TYPES = ['application/json'];

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

function accepts(allowed: string[], type: string): boolean {
  return allowed.some(
    (entry) =>
      entry === '*/*' ||
      entry === type ||
      (entry === 'application/json' && /^application\/[\w.-]+\+json$/.test(type)),
  );
}

/**
 * A body must be of a type the route documents: its @ApiConsumes, or JSON for the JSON API (/api/...)
 * as the OpenAPI document says by default. A body of another type would reach the handler as nothing
 * and be refused for a missing field, which hides the real mistake: 415 instead.
 */
export class ContentTypeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request>();
    const hasBody =
      req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
    if (!hasBody) return true;
    const documented = this.reflector.getAllAndOverride<string[] | undefined>(DECORATORS.API_CONSUMES, [
      context.getHandler(),
      context.getClass(),
    ]);
    const allowed = documented ?? (req.path.startsWith('/api/') ? JSON_TYPES : null);
    if (!allowed) return true;
    const type = mediaType(req.headers['content-type']);
    if (accepts(allowed, type)) return true;
    throw new UnsupportedMediaTypeException(
      `send the body as ${allowed.join(' or ')} (got ${type || 'no Content-Type'})`,
    );
  }
}
