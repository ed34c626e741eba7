import { ConfigError, parseConfig } from './app-config';

describe('parseConfig', () => {
  it('applies the documented defaults', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379',
      databaseUrl: undefined,
      smtpUrl: undefined,
      mailFrom: 'alerts@localhost',
      publicUrl: 'http://localhost:3000',
      port: 3000,
      apiToken: undefined,
      allowPrivateNetwork: false,
      logFormat: 'json',
    });
    expect(config.tracksFile).toMatch(/config\/tracks\.yaml$/);
  });

  it.each([
    ['ALLOW_PRIVATE_NETWORK', 'true', 'allowPrivateNetwork', true],
    ['ALLOW_PRIVATE_NETWORK', '0', 'allowPrivateNetwork', false],
    ['PORT', '8080', 'port', 8080],
    ['PUBLIC_URL', 'https://watch.example.org/', 'publicUrl', 'https://watch.example.org'],
    ['DATABASE_URL', 'postgres://localhost/test', 'databaseUrl', 'postgres://localhost/test'],
    ['SMTP_URL', '', 'smtpUrl', undefined],
    ['DATABASE_POOL_SIZE', '', 'databasePoolSize', undefined],
    ['DATABASE_POOL_SIZE', '25', 'databasePoolSize', 25],
    ['QUEUE_STALL_AFTER_SECONDS', '', 'queueStallAfterMs', 120_000],
    ['QUEUE_STALL_AFTER_SECONDS', '0', 'queueStallAfterMs', 0],
    ['RETRY_DELAY_SCALE', '', 'retryDelayScale', 1],
    ['RETRY_DELAY_SCALE', '0.01', 'retryDelayScale', 0.01],
  ])('%s=%s gives %s=%p', (key, value, field, expected) => {
    expect(parseConfig({ [key]: value })[field as keyof ReturnType<typeof parseConfig>]).toEqual(expected);
  });

  it('reads the webhook delivery settings', () => {
    expect(
      parseConfig({
        WEBHOOK_TIMEOUT_MS: '5000',
        WEBHOOK_DISABLE_AFTER_HOURS: '48',
        WEBHOOK_ROTATION_GRACE_HOURS: '1',
        WEBHOOK_LOCK_MS: '2000',
        WEBHOOK_GROUP_SIZE: '16',
      }).webhooks,
    ).toEqual({
      timeoutMs: 5000,
      disableAfterMs: 48 * 3_600_000,
      rotationGraceMs: 3_600_000,
      perEndpointConcurrency: 4,
      lockMs: 2000,
      groupSize: 16,
    });
    expect(parseConfig({}).webhooks.lockMs).toBe(30_000);
    expect(parseConfig({}).webhooks.groupSize).toBe(8);
    expect(() => parseConfig({ WEBHOOK_GROUP_SIZE: '0' })).toThrow(/WEBHOOK_GROUP_SIZE="0"/);
    expect(parseConfig({}).opsEmail).toBeUndefined();
    expect(parseConfig({ OPS_EMAIL: 'ops@example.org' }).opsEmail).toBe('ops@example.org');
    expect(() => parseConfig({ WEBHOOK_TIMEOUT_MS: 'soon' })).toThrow(
      /WEBHOOK_TIMEOUT_MS="soon": expected milliseconds/,
    );
    expect(() => parseConfig({ WEBHOOK_LOCK_MS: '10' })).toThrow(/WEBHOOK_LOCK_MS="10"/);
    expect(() => parseConfig({ OPS_EMAIL: 'not an address' })).toThrow(
      /OPS_EMAIL=.*expected an email address/,
    );
  });

  it('names every bad key and what it expects', () => {
    let error: unknown;
    try {
      parseConfig({
        PORT: 'eighty',
        REDIS_URL: 'localhost:6379',
        ALLOW_PRIVATE_NETWORK: 'maybe',
        API_TOKEN: 'short',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT="eighty": expected a port number/);
    expect(problems).toMatch(/REDIS_URL="localhost:6379": expected a URL starting with redis:\/\//);
    expect(problems).toMatch(/ALLOW_PRIVATE_NETWORK="maybe": expected true or false/);
    expect(problems).toMatch(/API_TOKEN="short": expected at least 16 characters/);
  });

  it.each([
    ['DATABASE_POOL_SIZE', '0', /DATABASE_POOL_SIZE="0"/],
    ['DATABASE_POOL_SIZE', 'many', /DATABASE_POOL_SIZE="many": expected a whole number of connections/],
    ['QUEUE_STALL_AFTER_SECONDS', '-1', /QUEUE_STALL_AFTER_SECONDS="-1"/],
    ['RETRY_DELAY_SCALE', '2', /RETRY_DELAY_SCALE="2"/],
  ])('refuses %s=%s', (key, value, problem) => {
    expect(() => parseConfig({ [key]: value })).toThrow(problem);
  });
});
