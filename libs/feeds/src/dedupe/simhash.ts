/**
 * SimHash (Charikar) over word 3-shingles: texts that share most of their shingles get
 * fingerprints a few bits apart, so a syndicated copy with a changed headline, a dateline or a
 * trailing credit still lands next to the original. 256 bits (64 hex digits): with 64 bits the
 * spread on article-length texts is too wide to tell a copy (about 12% of bits differ) from
 * another article on the same story (about 40%) reliably; at 256 the two are many deviations apart.
 */
const SHINGLE = 3;
const LANES = 8;
export const FINGERPRINT_BITS = LANES * 32;
/** A quarter of the bits: copies measure about 12%, distinct write-ups of one story about 40%. */
export const DEFAULT_MAX_DISTANCE = FINGERPRINT_BITS / 4;

export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads one shingle hash into independent-looking lane hashes. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const LANE_SEEDS = Array.from({ length: LANES }, (_, lane) => Math.imul(0x9e3779b9, lane + 1) >>> 0);

export function fingerprint(text: string): string {
  const tokens = words(text);
  const weights = new Array<number>(FINGERPRINT_BITS).fill(0);
  const size = tokens.length >= SHINGLE ? SHINGLE : Math.max(tokens.length, 1);
  const counts = new Map<string, number>();
  for (let i = 0; i + size <= tokens.length; i++) {
    const shingle = tokens.slice(i, i + size).join(' ');
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  for (const [shingle, count] of counts) {
    const base = fnv1a(shingle);
    for (let lane = 0; lane < LANES; lane++) {
      const hash = mix(base ^ LANE_SEEDS[lane]);
      for (let bit = 0; bit < 32; bit++) weights[lane * 32 + bit] += (hash >>> bit) & 1 ? count : -count;
    }
  }
  let hex = '';
  for (let lane = 0; lane < LANES; lane++) {
    let value = 0;
    for (let bit = 0; bit < 32; bit++) if (weights[lane * 32 + bit] > 0) value |= 1 << bit;
    hex += (value >>> 0).toString(16).padStart(8, '0');
  }
  return hex;
}

function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

const FINGERPRINT = new RegExp(`^[0-9a-f]{${FINGERPRINT_BITS / 4}}$`, 'i');

export function hammingDistance(a: string, b: string): number {
  if (!FINGERPRINT.test(a) || !FINGERPRINT.test(b))
    throw new TypeError(`fingerprints are ${FINGERPRINT_BITS / 4} hex digits`);
  let distance = 0;
  for (let i = 0; i < a.length; i += 8) {
    distance += popcount32((parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0);
  }
  return distance;
}

/** Whether two fingerprints (from `fingerprint`) are of near-identical texts. */
export function isNearDuplicate(a: string, b: string, maxDistance = DEFAULT_MAX_DISTANCE): boolean {
  return hammingDistance(a, b) <= maxDistance;
}
