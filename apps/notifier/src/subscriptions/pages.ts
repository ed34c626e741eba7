import Handlebars from 'handlebars';
import { PAGE_TEMPLATES } from '../email/render/templates/pages';

/**
 * The one page the shared page renderer does not have: "unsubscribe?" with a button that POSTs,
 * so a link scanner following GET links never unsubscribes anyone. Same layout as the others.
 */
const hbs = Handlebars.create();
const layout = hbs.compile(PAGE_TEMPLATES.layout);
const body = hbs.compile(`<h1>Unsubscribe</h1>
<p>Stop all emails to <strong>{{email}}</strong>?</p>
<form method="post" action="{{action}}"><input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Unsubscribe</button></form>
{{#if preferencesUrl}}<p class="note">Or <a href="{{preferencesUrl}}">change what you receive</a> instead.</p>{{/if}}
`);

export function unsubscribePage(options: {
  email: string;
  action: string;
  preferencesUrl: string | null;
  statusPageUrl: string;
  productName?: string;
}): string {
  return layout({
    title: 'Unsubscribe',
    productName: options.productName ?? 'Deadline Watch',
    statusPageUrl: options.statusPageUrl,
    body: body(options),
  });
}
