import { type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { parseConfig } from '../config/app-config';
import { ApiTokenGuard, bearerToken, sameSecret } from './api-token.guard';

const TOKEN = 'admin-token-0123456789';

function contextWith(authorization?: string): ExecutionContext {
  const request = { headers: authorization === undefined ? {} : { authorization } };
  return { switchToHttp: () => ({ getRequest: () => request }) } as unknown as ExecutionContext;
}

function refusal(guard: ApiTokenGuard, authorization?: string): string {
  try {
    guard.canActivate(contextWith(authorization));
  } catch (error) {
    expect(error).toBeInstanceOf(UnauthorizedException);
    return ((error as UnauthorizedException).getResponse() as { error: string }).error;
  }
  throw new Error('expected a refusal');
}

describe('ApiTokenGuard', () => {
  const guard = new ApiTokenGuard(parseConfig({ API_TOKEN: TOKEN }));

  it('lets the right bearer token through', () => {
    expect(guard.canActivate(contextWith(`Bearer ${TOKEN}`))).toBe(true);
    expect(guard.canActivate(contextWith(`bearer ${TOKEN}`))).toBe(true);
  });

  it.each([
    [undefined, /missing bearer token/],
    ['', /missing bearer token/],
    [TOKEN, /missing bearer token/],
    [`Basic ${TOKEN}`, /missing bearer token/],
    ['Bearer wrong-token-0123456789', /wrong bearer token/],
    [`Bearer ${TOKEN}x`, /wrong bearer token/],
    [`Bearer ${TOKEN.slice(0, -1)}`, /wrong bearer token/],
  ])('refuses %p with 401', (header, message) => {
    expect(refusal(guard, header)).toMatch(message);
  });

  it('refuses everything when API_TOKEN is unset, saying how to fix it', () => {
    const closed = new ApiTokenGuard(parseConfig({}));
    expect(refusal(closed, `Bearer ${TOKEN}`)).toMatch(/set API_TOKEN/);
    expect(refusal(closed)).toMatch(/set API_TOKEN/);
  });

  it('reads the token and compares whatever the lengths', () => {
    expect(bearerToken('Bearer  abc ')).toBe('abc');
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abcd')).toBe(false);
    expect(sameSecret('', 'abc')).toBe(false);
  });
});
