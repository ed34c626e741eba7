import { ApiParam, ApiQuery } from '@nestjs/swagger';
import { PG_INT_MAX } from './input-rules';

/** A serial id in the path, documented with the bounds IdParamPipe enforces. */
export function ApiIdParam(name: string, example = 1): MethodDecorator {
  return ApiParam({
    name,
    schema: { type: 'integer', minimum: 1, maximum: PG_INT_MAX, example },
  });
}

/** A serial id in the query (a cursor), documented with the bounds pgIdText() enforces. */
export function ApiIdQuery(name: string, description: string): MethodDecorator {
  return ApiQuery({
    name,
    required: false,
    description,
    schema: { type: 'integer', minimum: 1, maximum: PG_INT_MAX },
  });
}
