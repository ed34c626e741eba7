import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Clock } from '@dw/domain';
import {
  DEFAULT_TOKEN_TTL_SECONDS,
  type TokenPurpose,
  type TokenVerification,
  verifyToken,
} from '@dw/domain/tokens';
import { InjectClock } from '@dw/platform';
import { SecretKeyProvider } from './secret-key.provider';

/** Must match libs/domain/src/tokens (the spec next to this file checks that verifyToken accepts ours). */
const ISSUER = 'deadline-watch';
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

/**
 * Signed, expiring tokens for the confirm, unsubscribe and preferences links, on the injected clock.
 * Signing writes the domain's token format (an HS256 JWT, byte for byte what signToken gives: the
 * spec checks it) with one HMAC: jsonwebtoken's sign re-validates its options on every call,
 * about 0.1 ms, and every mail sent puts two fresh tokens in (0.2 ms a mail, a sixth of a bare
 * send). Verification stays with the domain's verifyToken (jsonwebtoken).
 */
@Injectable()
export class LinkTokens {
  private key: KeyObject | null = null;

  constructor(
    private readonly secret: SecretKeyProvider,
    @InjectClock() private readonly clock: Clock,
  ) {}

  sign(purpose: TokenPurpose, subscriberId: number, ttlSeconds = DEFAULT_TOKEN_TTL_SECONDS[purpose]): string {
    this.key ??= createSecretKey(Buffer.from(this.secret.key(), 'utf8'));
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const payload = Buffer.from(
      JSON.stringify({
        pur: purpose,
        sub: String(subscriberId),
        iat,
        exp: iat + Math.floor(ttlSeconds),
        iss: ISSUER,
      }),
    ).toString('base64url');
    const signature = createHmac('sha256', this.key).update(`${HEADER}.${payload}`).digest('base64url');
    return `${HEADER}.${payload}.${signature}`;
  }

  verify(token: string, purpose: TokenPurpose): TokenVerification {
    return verifyToken(token, purpose, this.secret.key(), this.clock.now());
  }
}
