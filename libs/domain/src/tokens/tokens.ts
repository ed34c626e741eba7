import jwt from 'jsonwebtoken';
import { z } from 'zod';

export const TOKEN_PURPOSES = ['confirm', 'unsubscribe', 'preferences'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/**
 * Default lifetimes. Unsubscribe links must keep working from old emails (RFC 8058 one-click
 * POSTs may arrive long after sending), so they live longest; a confirmation link is short-lived.
 */
export const DEFAULT_TOKEN_TTL_SECONDS: Record<TokenPurpose, number> = {
  confirm: 2 * 24 * 3600,
  preferences: 180 * 24 * 3600,
  unsubscribe: 3 * 365 * 24 * 3600,
};

const ISSUER = 'deadline-watch';
const ALGORITHM = 'HS256';

export interface TokenSubject {
  purpose: TokenPurpose;
  subscriberId: string;
}

export type TokenVerification =
  | { ok: true; purpose: TokenPurpose; subscriberId: string; issuedAt: Date; expiresAt: Date }
  | { ok: false; reason: 'expired' | 'invalid' | 'wrong_purpose' };

const claimsSchema = z.object({
  pur: z.enum(TOKEN_PURPOSES),
  sub: z.string().min(1),
  iat: z.number().int(),
  exp: z.number().int(),
});

function assertSecret(secret: string): void {
  if (secret.length < 16) throw new Error('Token secret must be at least 16 characters');
}

/**
 * A signed, expiring token for a link in an email (HS256 JWT). Time comes from `now`, never the
 * system clock, so replay and tests on simulated time get consistent tokens.
 */
export function signToken(
  subject: TokenSubject,
  secret: string,
  ttlSeconds: number = DEFAULT_TOKEN_TTL_SECONDS[subject.purpose],
  now: Date,
): string {
  assertSecret(secret);
  if (!(ttlSeconds > 0)) throw new Error('Token lifetime must be positive');
  const iat = Math.floor(now.getTime() / 1000);
  return jwt.sign(
    { pur: subject.purpose, sub: subject.subscriberId, iat, exp: iat + Math.floor(ttlSeconds) },
    secret,
    { algorithm: ALGORITHM, issuer: ISSUER },
  );
}

/**
 * Checks signature, issuer, expiry (against `now`) and purpose. Several secrets may be given
 * (newest first) so links keep working across a secret rotation.
 */
export function verifyToken(
  token: string,
  purpose: TokenPurpose,
  secret: string | readonly string[],
  now: Date,
): TokenVerification {
  const secrets = typeof secret === 'string' ? [secret] : secret;
  const clockTimestamp = Math.floor(now.getTime() / 1000);
  let expired = false;
  for (const candidate of secrets) {
    let decoded: unknown;
    try {
      decoded = jwt.verify(token, candidate, { algorithms: [ALGORITHM], issuer: ISSUER, clockTimestamp });
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) expired = true;
      continue;
    }
    const claims = claimsSchema.safeParse(decoded);
    if (!claims.success) return { ok: false, reason: 'invalid' };
    if (claims.data.pur !== purpose) return { ok: false, reason: 'wrong_purpose' };
    return {
      ok: true,
      purpose: claims.data.pur,
      subscriberId: claims.data.sub,
      issuedAt: new Date(claims.data.iat * 1000),
      expiresAt: new Date(claims.data.exp * 1000),
    };
  }
  return { ok: false, reason: expired ? 'expired' : 'invalid' };
}
