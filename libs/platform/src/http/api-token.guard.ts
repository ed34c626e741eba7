import { createHash, timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../tokens';

/**
 * Guards admin routes with the bearer API_TOKEN. With API_TOKEN unset every call is refused (an
 * open admin API by default would be worse than a closed one). Both sides are hashed first so the
 * comparison is constant-time whatever the length of what was sent.
 */
@Injectable()
export class ApiTokenGuard implements CanActivate {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const expected = this.config.apiToken;
    if (!expected) {
      throw new UnauthorizedException({
        error:
          'admin routes are closed: set API_TOKEN on the server and send it as "Authorization: Bearer <token>"',
      });
    }
    const request = context.switchToHttp().getRequest<Request>();
    const presented = bearerToken(request.headers.authorization);
    if (presented === null) {
      throw new UnauthorizedException({
        error: 'missing bearer token: send "Authorization: Bearer <API_TOKEN>"',
      });
    }
    if (!sameSecret(presented, expected)) {
      throw new UnauthorizedException({ error: 'wrong bearer token' });
    }
    return true;
  }
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1] : null;
}

export function sameSecret(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
