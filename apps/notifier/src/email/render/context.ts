/** Everything a message needs besides its own model. */
export interface RenderContext {
  /** PUBLIC_URL: base of the status page, confirm, preferences and unsubscribe links. */
  publicUrl: string;
  /** The recipient's IANA zone: every date and time is shown in it. */
  timezone: string;
  /** Signed unsubscribe token; required for every message but the confirmation. */
  unsubscribeToken?: string;
  /** Signed preferences token; the preferences link is left out without it. */
  preferencesToken?: string;
  /** A mailbox that unsubscribes on receipt, added to List-Unsubscribe when given. */
  unsubscribeMailto?: string | null;
  productName?: string;
}

/** Routes the links point at; the HTTP layer must serve them (confirm and unsubscribe are fixed by the spec). */
export const EMAIL_LINK_PATHS = {
  statusPage: '/',
  confirm: '/api/subscriptions/confirm',
  unsubscribe: '/api/unsubscribe',
  preferences: '/preferences',
} as const;

export interface EmailLinks {
  statusPageUrl: string;
  unsubscribeUrl: string | null;
  preferencesUrl: string | null;
}

export function baseUrl(publicUrl: string): string {
  return publicUrl.replace(/\/+$/, '');
}

export function tokenLink(publicUrl: string, path: string, token: string): string {
  return `${baseUrl(publicUrl)}${path}?token=${encodeURIComponent(token)}`;
}

export function trackPageUrl(publicUrl: string, trackId: string): string {
  return `${baseUrl(publicUrl)}${EMAIL_LINK_PATHS.statusPage}#track-${encodeURIComponent(trackId)}`;
}

export function linksFor(ctx: RenderContext): EmailLinks {
  return {
    statusPageUrl: `${baseUrl(ctx.publicUrl)}${EMAIL_LINK_PATHS.statusPage}`,
    unsubscribeUrl: ctx.unsubscribeToken
      ? tokenLink(ctx.publicUrl, EMAIL_LINK_PATHS.unsubscribe, ctx.unsubscribeToken)
      : null,
    preferencesUrl: ctx.preferencesToken
      ? tokenLink(ctx.publicUrl, EMAIL_LINK_PATHS.preferences, ctx.preferencesToken)
      : null,
  };
}

/** RFC 2369 List-Unsubscribe plus RFC 8058 one-click: the POST goes to the same HTTPS URL. */
export function listUnsubscribeHeaders(
  unsubscribeUrl: string,
  mailto?: string | null,
): Record<string, string> {
  const targets = [`<${unsubscribeUrl}>`];
  if (mailto) targets.push(`<mailto:${mailto}?subject=unsubscribe>`);
  return { 'List-Unsubscribe': targets.join(', '), 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
