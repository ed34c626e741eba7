import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
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

/**
 * Signed, expiring tokens for the confirm, unsubscribe and preferences links, on the injected clock.
 * Signing is the domain's token format with the key parsed once: jsonwebtoken given a string
 * first tries it as a PEM private key and fails (about 1 ms), which dominated composing a large
 * fan-out (two tokens per recipient). Verification stays with the domain's verifyToken.
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
    return jwt.sign(
      { pur: purpose, sub: String(subscriberId), iat, exp: iat + Math.floor(ttlSeconds) },
      this.key,
      { algorithm: 'HS256', issuer: ISSUER },
    );
  }

  verify(token: string, purpose: TokenPurpose): TokenVerification {
    return verifyToken(token, purpose, this.secret.key(), this.clock.now());
  }
}
