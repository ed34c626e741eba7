import type { Fault, FaultContext } from './harness';

/** Notes what /health said; a different status (or a missing queue name) is a problem of the run. */
async function expectHealth(
  ctx: FaultContext,
  what: string,
  expected: { http: number; status: string; naming?: string },
): Promise<void> {
  const { status, body } = await ctx.app.health();
  const report = body as { status?: string; checks?: { queues?: { error?: string } } } | null;
  const said = `${status}${report?.status ? ` ${report.status}` : ''}`;
  ctx.notes.push(`/health during ${what}: ${said}`);
  const named = !expected.naming || (report?.checks?.queues?.error ?? '').includes(expected.naming);
  if (status !== expected.http || report?.status !== expected.status || !named) {
    ctx.problems.push(
      `/health during ${what} said ${said}${expected.naming ? ` (${report?.checks?.queues?.error ?? 'no queue named'})` : ''}, expected ${expected.http} ${expected.status}${expected.naming ? ` naming ${expected.naming}` : ''}`,
    );
  }
}

async function killAndRestart(ctx: FaultContext): Promise<void> {
  await ctx.app.sigkill();
  await ctx.app.start();
}

/** Each fault plays against alerts in flight: events are injected one a second from t=0. */
export const FAULTS: Record<string, Fault> = {
  kill: {
    name: 'app SIGKILLed mid-delivery (x2)',
    async script(ctx) {
      await ctx.at(2500);
      await killAndRestart(ctx);
      await ctx.at(ctx.elapsed() + 1200);
      await killAndRestart(ctx);
    },
  },
  redis: {
    name: 'Redis SHUTDOWN 6 s, restart',
    async script(ctx) {
      await ctx.at(2000);
      await ctx.world.redis.shutdown();
      await ctx.at(4000);
      await expectHealth(ctx, 'Redis outage', { http: 503, status: 'unavailable' });
      await ctx.at(8000);
      await ctx.world.redis.start();
      await ctx.app
        .waitHealthy(30_000)
        .catch(() => ctx.problems.push('not healthy 30 s after Redis came back'));
    },
  },
  postgres: {
    name: 'PostgreSQL stopped 8 s, restart',
    async script(ctx) {
      await ctx.at(2000);
      await ctx.world.pg.stop();
      await ctx.at(5000);
      await expectHealth(ctx, 'PostgreSQL outage', { http: 503, status: 'unavailable' });
      await ctx.at(10_000);
      await ctx.world.pg.start();
      const back = Date.now();
      await ctx.app
        .waitHealthy(30_000)
        .catch(() => ctx.notes.push('not healthy 30 s after PostgreSQL came back'));
      ctx.notes.push(`healthy again ${((Date.now() - back) / 1000).toFixed(1)} s after PostgreSQL returned`);
    },
  },
  smtp: {
    name: 'SMTP down 45 s, then 451 10 s, then OK',
    settleMs: 120_000,
    async script(ctx) {
      await ctx.at(1000);
      await ctx.world.smtp.setMode('down');
      await ctx.at(30_000);
      await expectHealth(ctx, 'SMTP outage', { http: 503, status: 'degraded', naming: 'email' });
      await ctx.at(46_000);
      await ctx.world.smtp.setMode('451');
      await ctx.at(56_000);
      await ctx.world.smtp.setMode('ok');
    },
  },
  receiver: {
    name: 'receiver 500 10 s, hanging 10 s, then OK',
    settleMs: 120_000,
    async script(ctx) {
      await ctx.at(500);
      ctx.world.receiver.setMode('500');
      await ctx.at(10_000);
      ctx.world.receiver.setMode('hang');
      await ctx.at(20_000);
      ctx.world.receiver.setMode('ok');
    },
  },
  feed: {
    name: 'feed flapping 500 / garbage / good',
    feedFlapping: true,
    async script(ctx) {
      await ctx.at(20_000);
    },
  },
  all: {
    name: 'all together',
    feedFlapping: true,
    settleMs: 150_000,
    async script(ctx) {
      ctx.world.receiver.setMode('500');
      await ctx.at(1000);
      await ctx.world.smtp.setMode('down');
      await ctx.at(2500);
      await killAndRestart(ctx);
      await ctx.at(Math.max(ctx.elapsed(), 10_000));
      ctx.world.receiver.setMode('hang');
      await ctx.at(Math.max(ctx.elapsed(), 12_000));
      await ctx.world.redis.shutdown();
      await ctx.at(18_000);
      await ctx.world.redis.start();
      ctx.world.receiver.setMode('ok');
      await ctx.at(24_000);
      await ctx.world.pg.stop();
      await ctx.at(32_000);
      await ctx.world.pg.start();
      await ctx.at(36_000);
      await killAndRestart(ctx);
      await ctx.at(Math.max(ctx.elapsed(), 41_000));
      await ctx.world.smtp.setMode('451');
      await ctx.at(51_000);
      await ctx.world.smtp.setMode('ok');
    },
  },
};
