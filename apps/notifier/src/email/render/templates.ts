import Handlebars from 'handlebars';
import { HTML_PARTIALS, HTML_TEMPLATES } from './templates/html';
import { TEXT_PARTIALS, TEXT_TEMPLATES } from './templates/text';

export type TemplateFormat = 'html' | 'text';
export type TemplateName = keyof typeof HTML_TEMPLATES;

type Compiled = (context: unknown) => string;

const SOURCES: Record<
  TemplateFormat,
  { templates: Record<TemplateName, string>; partials: Record<string, string> }
> = {
  html: { templates: HTML_TEMPLATES, partials: HTML_PARTIALS },
  text: { templates: TEXT_TEMPLATES, partials: TEXT_PARTIALS },
};

interface FormatEnvironment {
  env: typeof Handlebars;
  templates: Map<TemplateName, Compiled>;
}

const environments = new Map<TemplateFormat, FormatEnvironment>();

/**
 * One Handlebars environment per format: HTML templates escape every {{value}}; text templates
 * are compiled with noEscape (plain text needs no entities). Partials are registered per
 * environment so they inherit the escaping of the format they belong to.
 */
function environment(format: TemplateFormat): FormatEnvironment {
  const existing = environments.get(format);
  if (existing) return existing;
  const env = Handlebars.create();
  for (const [name, source] of Object.entries(SOURCES[format].partials)) env.registerPartial(name, source);
  env.registerHelper('plural', (count: unknown, one: unknown, many: unknown) => (count === 1 ? one : many));
  const created = { env, templates: new Map<TemplateName, Compiled>() };
  environments.set(format, created);
  return created;
}

export function renderTemplate(format: TemplateFormat, name: TemplateName, view: unknown): string {
  const { env, templates } = environment(format);
  let template = templates.get(name);
  if (!template) {
    const compiled = env.compile(SOURCES[format].templates[name], { noEscape: format === 'text' });
    template = (context: unknown) => compiled(context);
    templates.set(name, template);
  }
  return template(view);
}
