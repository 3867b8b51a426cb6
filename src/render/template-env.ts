/**
 * What both renderers share: the helpers the output templates call, the compile options, and the
 * lookup by name. One renderer compiles templates/*.hbs when it starts (tests, a checkout run from
 * source); the other runs the same templates precompiled by `npm run build` (src/render/
 * precompiled-renderer.ts), so a command never loads Handlebars' compiler.
 */
import { styleText } from 'node:util';
import type Handlebars from 'handlebars';
import { BidwrightError } from '../domain/errors.ts';

export interface Renderer {
  render(name: string, view: object): string;
}

/** Strict mode makes a missing field an error instead of an empty string; the output is plain text, never HTML. */
export const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;

const STYLES = ['bold', 'dim', 'red', 'green', 'yellow', 'cyan'] as const;
type Style = (typeof STYLES)[number];

/** Registers the helpers the templates use on a Handlebars environment (compiler or runtime alike). */
export function registerHelpers(hbs: typeof Handlebars, color: boolean): void {
  hbs.registerHelper('style', (style: Style, text: unknown) =>
    color && STYLES.includes(style) ? styleText(style, String(text), { validateStream: false }) : String(text),
  );
  hbs.registerHelper('join', (items: unknown[], separator: unknown) =>
    Array.isArray(items) ? items.join(typeof separator === 'string' ? separator : ', ') : '',
  );
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
}

/**
 * A renderer over the templates `lookup` finds by name (undefined for none); `source` names where
 * they came from in the error for an unknown name.
 */
export function rendererOf(lookup: (name: string) => Handlebars.TemplateDelegate | undefined, source: string): Renderer {
  return {
    render(name, view) {
      const template = lookup(name);
      if (template === undefined) throw new BidwrightError('CONFIG', `No output template named "${name}" in ${source}.`);
      return template(view);
    },
  };
}
