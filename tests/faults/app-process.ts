import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sleep } from '../support/ports';

const MAIN = path.resolve(__dirname, '../../dist/apps/all/src/main.js');

export interface AppProcess {
  url: string;
  /** Every JSON log line the process wrote, across restarts. */
  logLines(): Record<string, unknown>[];
  /** Whether the process is still running (a fault must not have killed it). */
  alive(): boolean;
  /** Exits the process had that the suite did not cause (crashes). */
  crashes: number;
  waitHealthy(timeoutMs?: number): Promise<void>;
  health(): Promise<{ status: number; body: unknown }>;
  sigkill(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The all-in-one service (`npm start`'s main, built with `npm run build`) as a child process the suite can SIGKILL. */
export async function startAppProcess(env: Record<string, string>, logFile: string): Promise<AppProcess> {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first`);
  const url = `http://127.0.0.1:${env.PORT}`;
  let child: ChildProcess | undefined;
  let expectedExit = false;
  const state = { crashes: 0 };
  const out = fs.openSync(logFile, 'a');
  const start = async () => {
    expectedExit = false;
    child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', out, out],
    });
    child.once('exit', () => {
      if (!expectedExit) state.crashes++;
    });
    await app.waitHealthy(60_000);
  };
  const app: AppProcess = {
    url,
    get crashes() {
      return state.crashes;
    },
    logLines() {
      return fs
        .readFileSync(logFile, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => {
          try {
            return JSON.parse(line) as Record<string, unknown>;
          } catch {
            return { unparsed: line };
          }
        });
    },
    alive: () => Boolean(child && child.exitCode === null && child.signalCode === null),
    async health() {
      try {
        const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(3000) });
        return { status: res.status, body: await res.json().catch(() => null) };
      } catch (error) {
        return { status: 0, body: (error as Error).message };
      }
    },
    async waitHealthy(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (child && !app.alive()) throw new Error(`the app exited (see ${logFile})`);
        if ((await app.health()).status === 200) return;
        if (Date.now() > deadline)
          throw new Error(`the app was not healthy within ${timeoutMs} ms (see ${logFile})`);
        await sleep(200);
      }
    },
    async sigkill() {
      const running = child;
      if (!running || !app.alive()) return;
      expectedExit = true;
      running.kill('SIGKILL');
      await new Promise<void>((resolve) => running.once('exit', () => resolve()));
    },
    start,
    async stop() {
      const running = child;
      if (!running || !app.alive()) return;
      expectedExit = true;
      running.kill('SIGTERM');
      const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      await Promise.race([exited, sleep(15_000)]);
      if (app.alive()) running.kill('SIGKILL');
    },
  };
  await start();
  return app;
}
