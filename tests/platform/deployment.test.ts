import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

const root = path.join(__dirname, '../..');

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  healthcheck?: { test: string[] };
  volumes?: string[];
  environment?: Record<string, string>;
}

describe('docker-compose.yml and the Dockerfile', () => {
  const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, ComposeService>;
    volumes: Record<string, unknown>;
  };

  it('defines the six services, each with a health check, and volumes for the stores', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'classifier',
      'mailpit',
      'notifier',
      'poller',
      'postgres',
      'redis',
    ]);
    for (const name of ['redis', 'postgres', 'poller', 'classifier', 'notifier']) {
      expect(compose.services[name].healthcheck?.test.length).toBeGreaterThan(0);
    }
    expect(compose.services.redis.volumes).toEqual(
      expect.arrayContaining([expect.stringMatching(/:\/data$/)]),
    );
    expect(compose.services.postgres.volumes?.length).toBeGreaterThan(0);
  });

  it('runs Redis with AOF on and noeviction, and points the services at Redis, PostgreSQL and Mailpit', () => {
    expect(compose.services.redis.command).toEqual(
      expect.arrayContaining(['--appendonly', 'yes', '--maxmemory-policy', 'noeviction']),
    );
    for (const name of ['poller', 'classifier', 'notifier']) {
      expect(compose.services[name].environment).toMatchObject({
        REDIS_URL: 'redis://redis:6379',
        DATABASE_URL: expect.stringMatching(/^postgres:\/\/.*@postgres:5432\//),
        SMTP_URL: 'smtp://mailpit:1025',
      });
    }
  });

  it('starts each service from an entry point the Dockerfile build produces', () => {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.js')], { cwd: root });
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/RUN node scripts\/build\.js/);
    for (const name of ['poller', 'classifier', 'notifier']) {
      const command = compose.services[name].command!;
      expect(command[0]).toBe('node');
      expect(fs.existsSync(path.join(root, command[1]))).toBe(true);
    }
    const defaultCommand = /CMD \["node", "([^"]+)"\]/.exec(dockerfile)?.[1];
    expect(defaultCommand && fs.existsSync(path.join(root, defaultCommand))).toBe(true);
  });
});
