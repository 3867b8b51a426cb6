import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { styleText } from 'node:util';
import Handlebars from 'handlebars';
import { BidwrightError } from '../domain/errors.ts';

export interface RendererOptions {
  /** Folder of `*.hbs` templates; each is compiled once, in strict mode. */
  dir: string;
  /** Colour for a terminal; off for files, pipes and NO_COLOR. */
  color: boolean;
}

export interface Renderer {
  render(name: string, view: object): string;
}

const STYLES = ['bold', 'dim', 'red', 'green', 'yellow', 'cyan'] as const;
type Style = (typeof STYLES)[number];

/**
 * Compiles the plain-text output templates (`_name.hbs` are partials). Strict mode makes a missing field an error instead of
 * an empty string; escaping is off because the output is plain text, never HTML.
 */
export function createRenderer(options: RendererOptions): Renderer {
  const hbs = Handlebars.create();
  hbs.registerHelper('style', (style: Style, text: unknown) =>
    options.color && STYLES.includes(style) ? styleText(style, String(text), { validateStream: false }) : String(text),
  );
  hbs.registerHelper('join', (items: unknown[], separator: unknown) =>
    Array.isArray(items) ? items.join(typeof separator === 'string' ? separator : ', ') : '',
  );
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const templates = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of readdirSync(options.dir).filter((name) => name.endsWith('.hbs'))) {
    const source = readFileSync(join(options.dir, file), 'utf8');
    const name = basename(file, '.hbs');
    // `_name.hbs` files are partials, included with {{> name}}.
    if (name.startsWith('_')) hbs.registerPartial(name.slice(1), source);
    else templates.set(name, hbs.compile(source, { strict: true, noEscape: true }));
  }
  return {
    render(name, view) {
      const template = templates.get(name);
      if (template === undefined) throw new BidwrightError('CONFIG', `No output template named "${name}" in ${options.dir}.`);
      return template(view);
    },
  };
}
