/** Query parameters that only track the reader: dropping them makes one story one URL. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wickedid',
  'rb_clickid',
  's_cid',
  'cmpid',
  'ncid',
  'ocid',
  'icid',
  'ref_src',
  'ref_url',
  'spm',
  'smid',
  'sr_share',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'feature',
  'rss',
  'cmp',
  'taid',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  '__twitter_impression',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'wt.', 'wt_', 'itm_', 'stm_', 'ga_'];

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The URL two copies of one link agree on: http(s) only, resolved against `base`, host lowercased
 * (the URL parser does that and drops default ports), fragment and tracking parameters removed,
 * other parameters kept in their order. Returns null for anything that is not a web link.
 */
export function canonicalUrl(input: string | null | undefined, base?: string | null): string | null {
  const raw = input?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.replace(/\.$/, '');
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  if (kept.length !== [...url.searchParams].length) {
    url.search = kept.length === 0 ? '' : new URLSearchParams(kept).toString();
  }
  return url.href.replace(/\?$/, '');
}
