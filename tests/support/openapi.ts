import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Checks responses against the OpenAPI document the app serves. ajv is the maintained JSON Schema
 * validator; OpenAPI 3.0's own keywords (nullable, example, discriminator) are translated or ignored.
 */
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

export interface Operation {
  operationId: string;
  parameters?: {
    name: string;
    in: 'path' | 'query' | 'header';
    required?: boolean;
    example?: unknown;
    schema?: Schema;
  }[];
  requestBody?: { content: Record<string, { schema?: Schema; example?: unknown; examples?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  security?: unknown[];
}

type Schema = Record<string, unknown>;

export async function loadOpenApi(baseUrl: string): Promise<OpenApiDocument> {
  const res = await fetch(`${baseUrl}/docs/openapi.json`);
  if (res.status !== 200) throw new Error(`/docs/openapi.json answered ${res.status}`);
  return (await res.json()) as OpenApiDocument;
}

/** OpenAPI 3.0 → JSON Schema: `nullable: true` becomes a null alternative. */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const { nullable, example: _example, discriminator: _discriminator, ...rest } = node as Schema;
  const converted: Schema = {};
  for (const [key, value] of Object.entries(rest)) converted[key] = toJsonSchema(value);
  if (nullable !== true) return converted;
  return { anyOf: [converted, { type: 'null' }] };
}

export class ResponseChecker {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly cache = new Map<string, ValidateFunction>();
  private readonly components: unknown;

  constructor(readonly doc: OpenApiDocument) {
    addFormats(this.ajv);
    this.components = toJsonSchema(doc.components);
  }

  operation(method: string, path: string): Operation {
    const op = this.doc.paths[path]?.[method.toLowerCase()];
    if (!op) throw new Error(`${method} ${path} is not in the OpenAPI document`);
    return op;
  }

  /** Problems of one response against its documented status and schema; empty when it conforms. */
  check(method: string, path: string, status: number, body: unknown): string[] {
    const op = this.operation(method, path);
    const documented = op.responses[String(status)];
    if (!documented) {
      return [`${method} ${path} answered ${status}, documented: ${Object.keys(op.responses).join(', ')}`];
    }
    const schema = documented.content?.['application/json']?.schema;
    if (!schema) return [];
    const key = `${method} ${path} ${status}`;
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.ajv.compile({ ...(toJsonSchema(schema) as Schema), components: this.components });
      this.cache.set(key, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (e) => `${method} ${path} ${status}: ${e.instancePath || '(body)'} ${e.message ?? ''}`,
    );
  }
}
