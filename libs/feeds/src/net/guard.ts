import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { FeedFetchError } from '../errors';
import { classifyAddress, describeAddressKind } from './classify-address';

export interface NetworkGuardOptions {
  /** Lets feeds and webhooks reach loopback and private addresses: development and tests only. */
  allowPrivateNetwork?: boolean;
}

const HINT = '(set ALLOW_PRIVATE_NETWORK=true to allow in development)';

export function refusalMessage(address: string, kindWords: string): string {
  return `refused: ${address} is ${kindWords} ${HINT}`;
}

function isLocalhostName(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host.endsWith('.localhost');
}

/** The URL's hostname as an IP literal, if it is one (WHATWG parsing already turned 127.1, 0x7f000001... into dotted form). */
export function hostIpLiteral(url: URL): string | null {
  const host = url.hostname;
  if (host.startsWith('[') && host.endsWith(']')) return host.slice(1, -1);
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) ? host : null;
}

/**
 * Parses and checks a URL before any connection: http(s) only, no credentials, and a host that
 * is not a non-public IP literal or a localhost name. Host names are checked again after DNS
 * by `guardedLookup`, on every connection.
 */
export function assertPublicUrl(input: string | URL, options: NetworkGuardOptions = {}): URL {
  let url: URL;
  try {
    url = new URL(typeof input === 'string' ? input.trim() : input.href);
  } catch {
    throw new FeedFetchError('invalid-url', `refused: "${String(input)}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedFetchError(
      'invalid-url',
      `refused: ${url.protocol} URLs are not fetched, only http and https`,
      { url: url.href },
    );
  }
  if (url.username || url.password) {
    throw new FeedFetchError('invalid-url', 'refused: URLs with embedded credentials are not fetched', {
      url: url.href,
    });
  }
  if (options.allowPrivateNetwork) return url;
  const literal = hostIpLiteral(url);
  if (literal) {
    const { address, kind } = classifyAddress(literal);
    if (kind !== 'public') {
      throw new FeedFetchError('blocked-address', refusalMessage(address, describeAddressKind(kind)), {
        url: url.href,
      });
    }
  } else if (isLocalhostName(url.hostname)) {
    throw new FeedFetchError('blocked-address', refusalMessage(url.hostname, 'a loopback name'), {
      url: url.href,
    });
  }
  return url;
}

/** Returns the reason an address may not be reached, or null when it may. */
export function addressRefusal(address: string, options: NetworkGuardOptions = {}): string | null {
  if (options.allowPrivateNetwork) return null;
  const { kind } = classifyAddress(address);
  return kind === 'public' ? null : refusalMessage(address, describeAddressKind(kind));
}

type Resolver = (
  hostname: string,
  options: LookupOptions & { all: true },
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

const systemResolver: Resolver = (hostname, options, callback) => dnsLookup(hostname, options, callback);

/**
 * A `lookup` for node's net/http/https: resolves, then refuses non-public addresses at connect
 * time, so DNS answers (and every redirect hop) are checked where the connection is made.
 * Mixed answers keep only the public addresses.
 */
export function guardedLookup(
  options: NetworkGuardOptions = {},
  resolver: Resolver = systemResolver,
): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    resolver(hostname, { ...lookupOptions, all: true }, (err, addresses) => {
      if (err) {
        callback(err, '', 4);
        return;
      }
      const allowed = addresses.filter((entry) => addressRefusal(entry.address, options) === null);
      if (allowed.length === 0) {
        const first = addresses[0];
        const reason = first
          ? addressRefusal(first.address, options)
          : `refused: ${hostname} resolved to no address`;
        const refusal = new FeedFetchError(
          'blocked-address',
          `${reason ?? 'refused'} (resolved from ${hostname})`,
        );
        callback(refusal, '', 4);
        return;
      }
      if (lookupOptions.all) {
        (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
        return;
      }
      const chosen = allowed[0];
      callback(null, chosen.address, chosen.family);
    });
  };
}
