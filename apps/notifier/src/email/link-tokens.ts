import { Injectable } from '@nestjs/common';
import type { Clock } from '@dw/domain';
import { signToken, verifyToken, type TokenPurpose, type TokenVerification } from '@dw/domain/tokens';
import { InjectClock } from '@dw/platform';
import { SecretKeyProvider } from './secret-key.provider';

/** Signed, expiring tokens for the confirm, unsubscribe and preferences links, on the injected clock. */
@Injectable()
export class LinkTokens {
  constructor(
    private readonly secret: SecretKeyProvider,
    @InjectClock() private readonly clock: Clock,
  ) {}

  sign(purpose: TokenPurpose, subscriberId: number, ttlSeconds?: number): string {
    return signToken(
      { purpose, subscriberId: String(subscriberId) },
      this.secret.key(),
      ttlSeconds,
      this.clock.now(),
    );
  }

  verify(token: string, purpose: TokenPurpose): TokenVerification {
    return verifyToken(token, purpose, this.secret.key(), this.clock.now());
  }
}
