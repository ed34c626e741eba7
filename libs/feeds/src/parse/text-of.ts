/** The text of an xml2js/rss-parser value: a string, {_: string}, or the first of an array. */
export function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'object' && '_' in value) return textOf(value._);
  return null;
}

export function attrOf(value: unknown, name: string): string | null {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (first && typeof first === 'object' && '$' in first) {
    const attrs = (first as { $: Record<string, unknown> }).$;
    return textOf(attrs[name]);
  }
  return null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
