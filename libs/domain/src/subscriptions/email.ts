import { domainToASCII } from 'node:url';

export const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Trims, lowercases and IDNA-encodes the domain (the local part keeps its case: it may matter to
 * the mailbox), and returns null for an address that is obviously unusable: no or several @,
 * quoted or dotted-wrong local parts, a domain without a dot, a numeric top-level domain, IP
 * literals, or longer than RFC 5321 allows.
 */
export function normaliseEmail(input: string): string | null {
  const trimmed = input.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return null;
  const local = trimmed.slice(0, at);
  const rawDomain = trimmed.slice(at + 1).replace(/\.$/, '');
  if (local.length > MAX_LOCAL_LENGTH || !LOCAL_PART.test(local)) return null;
  const domain = domainToASCII(rawDomain.toLowerCase());
  if (domain === '') return null;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return null;
  if (/^\d+$/.test(labels[labels.length - 1])) return null;
  const address = `${local}@${domain}`;
  return address.length <= MAX_EMAIL_LENGTH ? address : null;
}
