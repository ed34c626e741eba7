import ipaddr from 'ipaddr.js';

/** Where an IP address points; only `public` may be reached by feeds and webhooks. */
export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'metadata'
  | 'carrier-grade-nat'
  | 'unique-local'
  | 'unspecified'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'invalid';

export interface AddressClass {
  address: string;
  kind: AddressKind;
}

const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200', '169.254.170.2']);

const IPV4_RANGES: Record<string, AddressKind> = {
  unicast: 'public',
  loopback: 'loopback',
  private: 'private',
  linkLocal: 'link-local',
  carrierGradeNat: 'carrier-grade-nat',
  unspecified: 'unspecified',
  multicast: 'multicast',
  broadcast: 'broadcast',
};

const IPV6_RANGES: Record<string, AddressKind> = {
  unicast: 'public',
  loopback: 'loopback',
  linkLocal: 'link-local',
  uniqueLocal: 'unique-local',
  unspecified: 'unspecified',
  multicast: 'multicast',
};

/** Strips IPv6 brackets and a zone id ("fe80::1%eth0") so the address parses. */
function bareAddress(ip: string): string {
  const unbracketed = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  const zone = unbracketed.indexOf('%');
  return zone >= 0 ? unbracketed.slice(0, zone) : unbracketed;
}

function classifyV4(address: ipaddr.IPv4): AddressKind {
  const text = address.toString();
  if (METADATA_ADDRESSES.has(text)) return 'metadata';
  return IPV4_RANGES[address.range()] ?? 'reserved';
}

/** IPv6 forms that carry an IPv4 address which the network may end up reaching. */
function embeddedV4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const range = address.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145') return address.toIPv4Address();
  const bytes = address.toByteArray();
  if (range === 'rfc6052') return ipaddr.fromByteArray(bytes.slice(12, 16)) as ipaddr.IPv4;
  if (range === '6to4') return ipaddr.fromByteArray(bytes.slice(2, 6)) as ipaddr.IPv4;
  // IPv4-compatible ::a.b.c.d (deprecated, still routed by some stacks)
  if (bytes.slice(0, 12).every((b) => b === 0) && !(bytes[12] === 0 && bytes[13] === 0 && bytes[14] === 0)) {
    return ipaddr.fromByteArray(bytes.slice(12, 16)) as ipaddr.IPv4;
  }
  return null;
}

/**
 * Classifies an IP address literal. Anything that is not plain global unicast counts as
 * non-public, and IPv6 forms that embed an IPv4 address are judged by that address.
 */
export function classifyAddress(ip: string): AddressClass {
  const text = bareAddress(ip.trim());
  if (!ipaddr.isValid(text)) return { address: ip, kind: 'invalid' };
  const parsed = ipaddr.parse(text);
  if (parsed.kind() === 'ipv4') {
    return { address: parsed.toString(), kind: classifyV4(parsed as ipaddr.IPv4) };
  }
  const v6 = parsed as ipaddr.IPv6;
  if (METADATA_ADDRESSES.has(v6.toString())) return { address: v6.toString(), kind: 'metadata' };
  const inner = embeddedV4(v6);
  if (inner) {
    const innerKind = classifyV4(inner);
    return {
      address: v6.toString(),
      kind: innerKind === 'public' && v6.range() === '6to4' ? 'public' : innerKind,
    };
  }
  return { address: v6.toString(), kind: IPV6_RANGES[v6.range()] ?? 'reserved' };
}

export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip).kind === 'public';
}

const KIND_WORDS: Record<AddressKind, string> = {
  public: 'a public address',
  loopback: 'a loopback address',
  private: 'a private-network address',
  'link-local': 'a link-local address',
  metadata: 'a cloud metadata address',
  'carrier-grade-nat': 'a carrier-grade NAT address',
  'unique-local': 'a unique-local (private IPv6) address',
  unspecified: 'the unspecified address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
  invalid: 'not a valid IP address',
};

export function describeAddressKind(kind: AddressKind): string {
  return KIND_WORDS[kind];
}
