import Handlebars from 'handlebars';
import { STATUS_PAGE_CSS, STATUS_PAGE_JS } from './assets';
import { buildPageModel, type PageNotice, type PageOptions } from './page-model';
import { EVIDENCE_PARTIAL, STATUS_PAGE_TEMPLATE } from './template';

const hbs = Handlebars.create();
hbs.registerPartial('evidence', EVIDENCE_PARTIAL);
hbs.registerHelper('isError', (notice: PageNotice | null) => notice?.kind === 'error');
const template = hbs.compile(STATUS_PAGE_TEMPLATE, { knownHelpersOnly: false });

export function renderStatusPage(options: PageOptions): string {
  return template({ ...buildPageModel(options), css: STATUS_PAGE_CSS, js: STATUS_PAGE_JS });
}
