import { linksFor, listUnsubscribeHeaders, type RenderContext } from './context';
import type { EmailKind, EmailModels, RenderedEmail } from './models';
import { subjectLine } from './sanitize';
import { renderTemplate, type TemplateName } from './templates';
import {
  confirmationView,
  countdownView,
  deadlineChangedView,
  digestView,
  statusChangedView,
  type View,
} from './views';

const TEMPLATE_NAMES: Record<EmailKind, TemplateName> = {
  confirmation: 'confirmation',
  'status.changed': 'status-changed',
  'deadline.changed': 'deadline-changed',
  'deadline.countdown': 'countdown',
  digest: 'digest',
};

function viewFor<K extends EmailKind>(
  kind: K,
  model: EmailModels[K],
  ctx: RenderContext,
  product: string,
): View {
  // Each branch narrows by kind; the casts restate what the generic signature already guarantees.
  switch (kind) {
    case 'confirmation':
      return confirmationView(model as EmailModels['confirmation'], ctx, product);
    case 'status.changed':
      return statusChangedView(model as EmailModels['status.changed'], ctx);
    case 'deadline.changed':
      return deadlineChangedView(model as EmailModels['deadline.changed'], ctx);
    case 'deadline.countdown':
      return countdownView(model as EmailModels['deadline.countdown'], ctx);
    case 'digest':
      return digestView((model as EmailModels['digest']).content, ctx);
    default:
      throw new Error(`Unknown email kind "${String(kind)}"`);
  }
}

/** Collapses the blank-line runs that template conditionals leave in the plain-text part. */
function tidyText(text: string): string {
  return `${text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/**
 * Renders one message: subject, HTML and plain-text parts, and headers. Every message but the
 * confirmation must carry an unsubscribe token: its link appears in the footer and in the
 * List-Unsubscribe / List-Unsubscribe-Post (RFC 8058 one-click) headers.
 */
export function renderEmail<K extends EmailKind>(
  kind: K,
  model: EmailModels[K],
  ctx: RenderContext,
): RenderedEmail {
  const product = ctx.productName ?? 'Deadline Watch';
  const links = linksFor(ctx);
  if (kind !== 'confirmation' && !links.unsubscribeUrl) {
    throw new Error(`A ${kind} email needs an unsubscribe token`);
  }
  const view = viewFor(kind, model, ctx, product);
  const subject = subjectLine(view.subject);
  const shared = { ...view, subject, productName: product, timezone: ctx.timezone, links };
  const template = TEMPLATE_NAMES[kind];
  const html = renderTemplate('html', 'layout', {
    ...shared,
    body: renderTemplate('html', template, shared),
  });
  const text = tidyText(
    renderTemplate('text', 'layout', { ...shared, body: renderTemplate('text', template, shared) }),
  );
  const headers: Record<string, string> =
    kind === 'confirmation'
      ? { 'Auto-Submitted': 'auto-generated' }
      : {
          ...listUnsubscribeHeaders(links.unsubscribeUrl ?? '', ctx.unsubscribeMailto),
          'Auto-Submitted': 'auto-generated',
        };
  return { subject, html, text, headers };
}
