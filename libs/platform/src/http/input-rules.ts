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
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

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
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (!isSafeText(value)) found.push(path);
    } else if (typeof value === 'object' && value !== null) {
      if (path.length >= MAX_DEPTH) {
        found.push(path);
        continue;
      }
      if (Array.isArray(value)) {
        value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
      } else {
        for (const [key, item] of Object.entries(value)) {
          const keyPath = [...path, key];
          if (!isSafeText(key)) found.push(keyPath);
          stack.push({ value: item, path: keyPath });
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
