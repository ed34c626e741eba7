/**
 * SimHash (Charikar) over word 3-shingles: texts that share most of their shingles get
 * fingerprints a few bits apart, so a syndicated copy with a changed headline, a dateline or a
 * trailing credit still lands next to the original. Fingerprints are 64 bits as 16 hex digits.
 */
const SHINGLE = 3;
export const DEFAULT_MAX_DISTANCE = 6;

export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Two independent 32-bit FNV-1a style hashes make one 64-bit hash without BigInt. */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function fingerprint(text: string): string {
  const tokens = words(text);
  const weights = new Array<number>(64).fill(0);
  const size = tokens.length >= SHINGLE ? SHINGLE : Math.max(tokens.length, 1);
  const counts = new Map<string, number>();
  for (let i = 0; i + size <= tokens.length; i++) {
    const shingle = tokens.slice(i, i + size).join(' ');
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  for (const [shingle, count] of counts) {
    const halves = [hash32(shingle, 0), hash32(shingle, 0x9e3779b9)];
    for (let bit = 0; bit < 64; bit++) {
      const set = (halves[bit >> 5] >>> (bit & 31)) & 1;
      weights[bit] += set ? count : -count;
    }
  }
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit] > 0) low |= 1 << bit;
    if (weights[bit + 32] > 0) high |= 1 << bit;
  }
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
}

function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function hammingDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/i.test(a) || !/^[0-9a-f]{16}$/i.test(b))
    throw new TypeError('fingerprints are 16 hex digits');
  const high = (parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) >>> 0;
  const low = (parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16)) >>> 0;
  return popcount32(high) + popcount32(low);
}

/** Whether two fingerprints (from `fingerprint`) are of near-identical texts. */
export function isNearDuplicate(a: string, b: string, maxDistance = DEFAULT_MAX_DISTANCE): boolean {
  return hammingDistance(a, b) <= maxDistance;
}
