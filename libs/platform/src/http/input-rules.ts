import { z } from 'zod';

/**
 * The rules every input obeys at the edge, shared by all controllers so that one bad character or
 * one out-of-range number is a 400 everywhere instead of a 500 from PostgreSQL.
 */

/** PostgreSQL `integer`, the type of every serial id (feeds, subscribers, deliveries, attempts). */
export const PG_INT_MAX = 2_147_483_647;

export const UNSAFE_TEXT_MESSAGE = 'must not contain NUL characters or unpaired UTF-16 surrogates';

// Without the u flag each surrogate is matched on its own: a high one not followed by a low one, or
// a low one not preceded by a high one, cannot be encoded as UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** PostgreSQL text cannot hold NUL, and a lone surrogate is not UTF-8: both are refused. */
export function isSafeText(value: string): boolean {
  return !value.includes('\u0000') && wellFormed(value);
}

// String.prototype.isWellFormed (ES2024, in Node 20) is native and several times faster than the
// regular expression, which stays as the fallback.
const wellFormed: (value: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (value) => (value as string & { isWellFormed(): boolean }).isWellFormed()
    : (value) => !LONE_SURROGATE.test(value);

/** A string field; chain .trim(), .min(), .max() as usual. */
export function safeText() {
  return z.string().refine(isSafeText, UNSAFE_TEXT_MESSAGE);
}

const MAX_DEPTH = 64;

/**
 * Where unsafe text sits in any parsed input (keys included). Iterative with a depth bound: a body
 * of 50,000 nested arrays must be a 400, not a stack overflow.
 */
export function unsafeTextPaths(input: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  // paths are built only for what is found: most inputs are clean, and copying a path per value
  // would cost more than the check itself
  interface Entry {
    value: unknown;
    key: string | number | null;
    parent: Entry | null;
    depth: number;
  }
  const pathOf = (entry: Entry, last?: string): (string | number)[] => {
    const path: (string | number)[] = last === undefined ? [] : [last];
    for (let at: Entry | null = entry; at && at.key !== null; at = at.parent) path.unshift(at.key);
    return path;
  };
  const stack: Entry[] = [{ value: input, key: null, parent: null, depth: 0 }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { value, depth } = entry;
    if (typeof value === 'string') {
      if (!isSafeText(value)) found.push(pathOf(entry));
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_DEPTH) {
        found.push(pathOf(entry));
        continue;
      }
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          stack.push({ value: value[i] as unknown, key: i, parent: entry, depth: depth + 1 });
        }
      } else {
        for (const [key, item] of Object.entries(value)) {
          if (!isSafeText(key)) found.push(pathOf(entry, key));
          stack.push({ value: item, key, parent: entry, depth: depth + 1 });
        }
      }
    }
  }
  return found;
}

/** The edge rule for a whole body, query or path parameter: every string in it must be safe text. */
export const safeInput = z.unknown().superRefine((value, ctx) => {
  for (const path of unsafeTextPaths(value)) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: path.length >= MAX_DEPTH ? `nested deeper than ${MAX_DEPTH} levels` : UNSAFE_TEXT_MESSAGE,
    });
  }
});

/** A serial id as text (path or query): decimal digits, 1..2147483647. */
export function pgIdText() {
  return z
    .string()
    .regex(/^[0-9]{1,10}$/, 'must be a positive integer')
    .transform(Number)
    .pipe(pgId());
}

/** A serial id as a JSON number. */
export function pgId() {
  return z
    .number()
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(PG_INT_MAX, `must be at most ${PG_INT_MAX}`);
}
