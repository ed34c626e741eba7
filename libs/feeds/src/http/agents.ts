import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { guardedLookup, type NetworkGuardOptions } from '../net/guard';

export interface GuardedAgents {
  http: http.Agent;
  https: https.Agent;
  lookup: LookupFunction;
}

export interface GuardedAgentOptions extends NetworkGuardOptions {
  /** Sockets per host:port (the per-host concurrency at the socket level). */
  maxSocketsPerHost?: number;
  keepAlive?: boolean;
  lookup?: LookupFunction;
}

/** Keep-alive agents whose every new connection goes through the network guard's DNS check. */
export function createGuardedAgents(options: GuardedAgentOptions = {}): GuardedAgents {
  const lookup = options.lookup ?? guardedLookup(options);
  const shared = { keepAlive: options.keepAlive ?? true, maxSockets: options.maxSocketsPerHost ?? 4, lookup };
  return { http: new http.Agent(shared), https: new https.Agent(shared), lookup };
}
