import type Handlebars from 'handlebars';
import * as runtimeModule from 'handlebars/runtime';
import { registerHelpers, type Renderer, rendererOf } from './template-env.ts';

/** Templates as `npm run build` precompiles them from templates/*.hbs: name to spec, `_name` for partials. */
export type PrecompiledTemplates = Readonly<Record<string, Parameters<typeof Handlebars.template>[0]>>;

// handlebars/runtime is CommonJS without a typed default export; it is the same API as the compiler's, minus compiling.
const runtime = (runtimeModule as unknown as { default: typeof Handlebars }).default;

/** A renderer over precompiled templates: Handlebars' runtime only, so no template is compiled at start. */
export function createPrecompiledRenderer(specs: PrecompiledTemplates, options: { color: boolean; source: string }): Renderer {
  const hbs = runtime.create();
  registerHelpers(hbs, options.color);
  const templates = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, spec] of Object.entries(specs)) {
    if (name.startsWith('_')) hbs.registerPartial(name.slice(1), hbs.template(spec));
    else templates.set(name, hbs.template(spec));
  }
  return rendererOf(templates, options.source);
}
