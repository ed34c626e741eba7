import type { LookupFunction } from 'node:net';
import SwaggerParser from '@apidevtools/swagger-parser';
import { WebhooksRepository } from '@dw/platform';
import { ALL_SERVICES } from '../../apps/all/src/all-services';
import { EXAMPLE_WEBHOOK_ID } from '../../apps/notifier/src/webhooks/webhooks.controller';
import { PollerSettingsOverrideModule } from '../../apps/poller/src/poller-settings';
import { startTestApp, type TestApp } from '../support/app';
import { startLocalServer, type LocalServer } from '../support/http-server';
import { loadOpenApi, type OpenApiDocument, type Operation, ResponseChecker } from '../support/openapi';

/**
 * The OpenAPI document is true to the routes: it is a valid OpenAPI document, and each documented
 * example request, sent as documented, gets a documented status whose body validates against the
 * documented schema. Examples are meant to work: an answer outside 2xx must be listed below, with why.
 */
const NOT_2XX: Record<string, { status: number[]; why: string }> = {
  'GET /websub/{feedId}': { status: [404], why: 'no hub subscription was asked for feed 1' },
  'POST /websub/{feedId}': { status: [410], why: 'no hub subscription for feed 1' },
  'DELETE /api/feeds/{id}': { status: [404], why: 'the ?url= example removed the same feed just before' },
  'POST /api/webhooks/{id}/deliveries/{deliveryId}/retry': {
    status: [404, 409],
    why: 'delivery 1 is the confirmation mail of the subscription example, not a delivery of this webhook',
  },
  'GET /api/subscriptions/confirm': { status: [400], why: 'the example token is not signed by this server' },
  'GET /api/unsubscribe': { status: [400], why: 'the example token is not signed by this server' },
  'POST /api/unsubscribe': { status: [400], why: 'the example token is not signed by this server' },
  'GET /preferences': { status: [400], why: 'the example token is not signed by this server' },
  'POST /preferences': { status: [400], why: 'the example token is not signed by this server' },
};

const METHOD_ORDER = ['post', 'get', 'patch', 'put', 'delete'];

interface Sent {
  operation: string;
  example: string;
  status: number;
}

/** Creating routes first, removing routes last, so each example finds what the one before made. */
function orderedOperations(doc: OpenApiDocument): [string, string, Operation][] {
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => [path, method, op] as [string, string, Operation]),
  );
  const rank = ([path, method]: [string, string, Operation]) =>
    (method === 'delete' ? 100 : method === 'post' && !path.includes('{') ? 0 : 10) +
    METHOD_ORDER.indexOf(method);
  return ops.sort((a, b) => rank(a) - rank(b));
}

function requestBodies(op: Operation): { name: string; type: string; value: unknown }[] {
  const content = op.requestBody?.content;
  if (!content) return [{ name: '(no body)', type: '', value: undefined }];
  const [type, media] = Object.entries(content)[0];
  const examples = (media.examples ?? {}) as Record<string, { value: unknown }>;
  const named = Object.entries(examples).map(([name, ex]) => ({ name, type, value: ex.value }));
  if (media.example !== undefined) named.push({ name: 'example', type, value: media.example });
  return named;
}

function encode(type: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (type === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      for (const item of Array.isArray(v) ? v : [v]) form.append(k, String(item));
    }
    return form.toString();
  }
  return JSON.stringify(value);
}

describe('the OpenAPI document, example by example', () => {
  let t: TestApp;
  let receiver: LocalServer;
  let doc: OpenApiDocument;
  let checker: ResponseChecker;
  const sent: Sent[] = [];

  // Example hosts (the feed in the examples is a real newspaper's) resolve to loopback: no test leaves the machine.
  const loopback = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
  }) as unknown as LookupFunction;

  beforeAll(async () => {
    receiver = await startLocalServer();
    receiver.route('/hook', (_req, res) => void res.writeHead(204).end());
    t = await startTestApp({
      features: [...ALL_SERVICES, PollerSettingsOverrideModule.with({ lookup: loopback })],
    });
    // the documented webhook id exists, and points at a local receiver
    await t.app.get(WebhooksRepository).create({
      id: EXAMPLE_WEBHOOK_ID,
      url: `${receiver.url}/hook`,
      description: 'example',
      events: [],
      tracks: [],
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      now: new Date(),
    });
    doc = await loadOpenApi(t.url);
    checker = new ResponseChecker(doc);
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it('is a valid OpenAPI 3 document (swagger-parser: structure and every $ref)', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeDefined();
  });

  it('answers each documented example with a documented status and a body matching its schema', async () => {
    const problems: string[] = [];
    for (const [path, method, op] of orderedOperations(doc)) {
      const name = `${method.toUpperCase()} ${path}`;
      let url = path;
      const query = new URLSearchParams();
      for (const param of op.parameters ?? []) {
        const raw = param.example ?? param.schema?.example;
        const example = raw === undefined ? undefined : typeof raw === 'string' ? raw : JSON.stringify(raw);
        if (param.in === 'path') {
          if (example === undefined) problems.push(`${name}: path parameter ${param.name} has no example`);
          url = url.replace(`{${param.name}}`, encodeURIComponent(example ?? ''));
        } else if (param.in === 'query' && example !== undefined) {
          query.set(param.name, example);
        } else if (param.in === 'query' && param.required) {
          problems.push(`${name}: required query parameter ${param.name} has no example`);
        }
      }
      const bodies = requestBodies(op);
      if (bodies.length === 0) problems.push(`${name}: a request body without an example`);
      for (const body of bodies) {
        const res = await fetch(`${t.url}${url}${query.size ? `?${query.toString()}` : ''}`, {
          method: method.toUpperCase(),
          redirect: 'manual',
          headers: {
            ...(op.security ? { authorization: 'Bearer test-token-0123456789' } : {}),
            ...(body.value !== undefined ? { 'content-type': body.type } : {}),
          },
          ...(body.value !== undefined ? { body: encode(body.type, body.value) } : {}),
        });
        const type = res.headers.get('content-type') ?? '';
        const text = await res.text();
        const parsed: unknown = type.startsWith('application/json') ? JSON.parse(text) : text;
        sent.push({ operation: name, example: body.name, status: res.status });
        problems.push(...checker.check(method, path, res.status, parsed).map((p) => `${p} [${body.name}]`));
        const documentedJson = op.responses[String(res.status)]?.content?.['application/json'];
        if (documentedJson && !type.startsWith('application/json')) {
          problems.push(`${name} ${res.status}: documented as JSON, answered ${type}`);
        }
        const allowed = NOT_2XX[name];
        const ok = res.status >= 200 && res.status < 400;
        if (!ok && !allowed?.status.includes(res.status)) {
          problems.push(`${name} [${body.name}]: example answered ${res.status}: ${text.slice(0, 200)}`);
        }
        if (ok && allowed)
          problems.push(`${name}: listed as not 2xx (${allowed.why}) but answered ${res.status}`);
      }
    }
    if (process.env.SHOW_SENT)
      console.log(sent.map((s) => `${s.status} ${s.operation} [${s.example}]`).join('\n'));
    expect(problems).toEqual([]);
    // every operation of the document was exercised
    const operations = Object.values(doc.paths).flatMap((m) => Object.keys(m)).length;
    expect(new Set(sent.map((s) => s.operation)).size).toBe(operations);
    expect(receiver.requests.filter((r) => r.path === '/hook').length).toBeLessThanOrEqual(1);
  }, 60_000);
});
