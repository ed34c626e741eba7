import { type ArgumentMetadata, BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { pgIdText, safeInput } from './input-rules';

export interface FieldProblem {
  field: string;
  message: string;
}

/** The 400 of every refused input: {statusCode, error, message, details: [{field, message}]}. */
export function invalidInput(details: FieldProblem[]): BadRequestException {
  const first = details[0];
  return new BadRequestException({
    message: first ? `invalid request: ${first.field} ${first.message}` : 'invalid request',
    details,
  });
}

function fieldProblems(error: z.ZodError, metadata?: ArgumentMetadata): FieldProblem[] {
  const root = metadata?.data ?? (metadata?.type === 'body' || !metadata ? '(body)' : `(${metadata.type})`);
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    const field = metadata?.data ? [metadata.data, ...path].join('.') : path.join('.') || root;
    return { field, message: issue.message };
  });
}

/** Validates a body, query or path parameter with zod; a refusal is a 400 naming each field. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown, metadata?: ArgumentMetadata): z.infer<S> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    throw invalidInput(fieldProblems(result.error, metadata));
  }
}

/**
 * Global: every body, query and path parameter of every route goes through the shared safe-text rule
 * first, so no controller can forget it (a NUL reaching PostgreSQL is a 500).
 */
export class SafeInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const result = safeInput.safeParse(value);
    if (result.success) return value;
    throw invalidInput(fieldProblems(result.error, metadata));
  }
}

/** `@Param('id', IdParamPipe)`: a serial id, 1..2147483647, else 400 (ParseIntPipe lets 2^31 through to a 500). */
export const IdParamPipe = new ZodPipe(pgIdText());
