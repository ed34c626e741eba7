import { startTestApp, type TestApp } from '../support/app';
import { api, auth, register } from './support';

describe('webhooks API: bearer guard, registration and the network guard', () => {
  let open: TestApp;
  let strict: TestApp;

  beforeAll(async () => {
    open = await startTestApp();
    strict = await startTestApp({ env: { ALLOW_PRIVATE_NETWORK: 'false' } });
  }, 60_000);

  afterAll(async () => {
    await open?.close();
    await strict?.close();
  });

  it('refuses every call without the right bearer token', async () => {
    expect((await api(open, 'GET', '/api/webhooks', undefined, {})).status).toBe(401);
    const wrong = await api<{ message: string }>(open, 'GET', '/api/webhooks', undefined, {
      authorization: 'Bearer not-the-token-at-all',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toMatch(/wrong bearer token/);
  });

  it('refuses every call, with a message naming API_TOKEN, when API_TOKEN is unset', async () => {
    const closed = await startTestApp({ env: { API_TOKEN: '' } });
    try {
      const res = await api<{ message: string }>(closed, 'POST', '/api/webhooks', {
        url: 'https://x.example/',
      });
      expect(res.status).toBe(401);
      expect(res.body.message).toMatch(/set API_TOKEN/);
    } finally {
      await closed.close();
    }
  }, 60_000);

  it('registers, lists without secrets, updates, disables, enables and deletes', async () => {
    const created = await api<Record<string, unknown>>(open, 'POST', '/api/webhooks', {
      url: 'http://127.0.0.1:9/hook',
      events: ['status.changed', 'article.classified'],
      tracks: ['kr-us'],
      description: 'desk bot',
    });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const id = String(created.body.id);

    const list = await api<Record<string, unknown>[]>(open, 'GET', '/api/webhooks');
    expect(list.body.map((w) => w.id)).toContain(id);
    expect(JSON.stringify(list.body)).not.toMatch(/whsec_/);

    const one = await api<Record<string, unknown>>(open, 'GET', `/api/webhooks/${id}`);
    expect(one.body).toMatchObject({ id, enabled: true, events: ['status.changed', 'article.classified'] });
    expect(one.body.secret).toBeUndefined();

    const disabled = await api<Record<string, unknown>>(open, 'PATCH', `/api/webhooks/${id}`, {
      enabled: false,
    });
    expect(disabled.body).toMatchObject({ enabled: false, disabledReason: 'disabled through the API' });
    const enabled = await api<Record<string, unknown>>(open, 'PATCH', `/api/webhooks/${id}`, {
      enabled: true,
      description: 'renamed',
    });
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null, description: 'renamed' });

    expect((await api(open, 'DELETE', `/api/webhooks/${id}`)).status).toBe(204);
    expect((await api(open, 'GET', `/api/webhooks/${id}`)).status).toBe(404);
  });

  it('answers bad bodies with 400 {error, details}', async () => {
    const res = await api<{ message: string; details: { field: string }[] }>(open, 'POST', '/api/webhooks', {
      url: 'https://hooks.example/x',
      events: ['digest'],
    });
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('events.0');
    const unknownTrack = await api<{ details: { field: string }[] }>(open, 'POST', '/api/webhooks', {
      url: 'https://hooks.example/x',
      tracks: ['nowhere'],
    });
    expect(unknownTrack.status).toBe(400);
    expect(unknownTrack.body.details[0].field).toBe('tracks');
  });

  it.each([
    'http://127.0.0.1/hook',
    'https://127.0.0.1/hook',
    'http://2130706433/',
    'https://2130706433/',
    'http://[::ffff:127.0.0.1]/',
    'https://[::ffff:127.0.0.1]/',
    'https://127.1/',
    'https://0x7f000001/',
    'https://[::1]/',
    'https://localhost/hook',
  ])('refuses %s without ALLOW_PRIVATE_NETWORK', async (url) => {
    const res = await api<{ message: string; details: { field: string }[] }>(
      strict,
      'POST',
      '/api/webhooks',
      {
        url,
      },
    );
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('url');
    expect(res.body.message).toMatch(/refused|https/);
  });

  it('takes only https without ALLOW_PRIVATE_NETWORK, and not ftp or credentials at all', async () => {
    const http = await api<{ message: string }>(strict, 'POST', '/api/webhooks', {
      url: 'http://hooks.example/x',
    });
    expect(http.status).toBe(400);
    expect(http.body.message).toMatch(/https/);
    expect((await api(strict, 'POST', '/api/webhooks', { url: 'ftp://hooks.example/x' })).status).toBe(400);
    expect((await api(strict, 'POST', '/api/webhooks', { url: 'https://u:p@hooks.example/x' })).status).toBe(
      400,
    );
    const ok = await register(strict, 'https://hooks.example/deadline');
    expect(ok.secret).toMatch(/^whsec_/);
  });

  it('documents the routes and the payload schemas in OpenAPI', async () => {
    const doc = (await (await fetch(`${open.url}/docs/openapi.json`, { headers: auth })).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/webhooks',
        '/api/webhooks/{id}',
        '/api/webhooks/{id}/test',
        '/api/webhooks/{id}/rotate-secret',
        '/api/webhooks/{id}/deliveries',
        '/api/webhooks/{id}/deliveries/{deliveryId}/retry',
      ]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['StatusChangedWebhookDto', 'CountdownWebhookDto', 'WebhookCreatedDto']),
    );
  });
});
