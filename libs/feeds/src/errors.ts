/** Why a fetch failed, in words a scheduler can branch on. */
export type FeedFetchErrorCode =
  | 'invalid-url'
  | 'blocked-address'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'http-status'
  | 'decompression'
  | 'network'
  | 'aborted';

export class FeedFetchError extends Error {
  override readonly name = 'FeedFetchError';

  constructor(
    readonly code: FeedFetchErrorCode,
    message: string,
    readonly details: { url?: string; statusCode?: number; cause?: unknown } = {},
  ) {
    super(message);
  }
}

export type FeedParseErrorCode = 'too-large' | 'hostile' | 'not-a-feed' | 'malformed' | 'empty' | 'timeout';

export class FeedParseError extends Error {
  override readonly name = 'FeedParseError';

  constructor(
    readonly code: FeedParseErrorCode,
    message: string,
  ) {
    super(message);
  }
}
