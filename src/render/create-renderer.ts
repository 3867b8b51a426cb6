import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { COMPILE_OPTIONS, registerHelpers, type Renderer, rendererOf } from './template-env.ts';

export interface RendererOptions {
  /** Folder of `*.hbs` templates; each is compiled once, in strict mode. */
  dir: string;
  /** Colour for a terminal; off for files, pipes and NO_COLOR. */
  color: boolean;
}

/**
 * Compiles the plain-text output templates in `dir` (`_name.hbs` are partials). Strict mode makes
 * a missing field an error instead of an empty string; escaping is off because the output is
 * plain text, never HTML.
 */
export function createRenderer(options: RendererOptions): Renderer {
  const hbs = Handlebars.create();
  registerHelpers(hbs, options.color);
  const templates = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of readdirSync(options.dir).filter((name) => name.endsWith('.hbs'))) {
    const source = readFileSync(join(options.dir, file), 'utf8');
    const name = basename(file, '.hbs');
    // `_name.hbs` files are partials, included with {{> name}}.
    if (name.startsWith('_')) hbs.registerPartial(name.slice(1), source);
    else templates.set(name, hbs.compile(source, COMPILE_OPTIONS));
  }
  return rendererOf((name) => templates.get(name), options.dir);
}
