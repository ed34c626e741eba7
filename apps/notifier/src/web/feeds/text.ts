import { createHash } from 'node:crypto';
import { escape } from 'he';

/** Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF): feeds do carry them. */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** Text for an HTML context inside the feed: forbidden characters dropped, markup escaped. */
export function html(text: string): string {
  return escape(xmlSafe(text));
}

/** A name-based UUID (RFC 4122 version 5 layout over SHA-1): the same name always gives the same id. */
export function uuidFromName(name: string): string {
  const bytes = createHash('sha1').update(`deadline-watch:${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
