import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type Handlebars from 'handlebars';
import * as runtimeModule from 'handlebars/runtime';
import { registerHelpers, type Renderer, rendererOf } from './template-env.ts';

/** One template as `Handlebars.precompile` writes it. */
export type TemplateSpec = Parameters<typeof Handlebars.template>[0];

/** Where precompiled templates come from: the partials' names (without the leading `_`) and a spec by name. */
export interface PrecompiledTemplates {
  partials: readonly string[];
  /** The spec of the template or `_partial` called `name`, or undefined when there is none. */
  spec(name: string): TemplateSpec | undefined;
}

// handlebars/runtime is CommonJS without a typed default export; it is the same API as the compiler's, minus compiling.
const runtime = (runtimeModule as unknown as { default: typeof Handlebars }).default;

/**
 * The templates `npm run build` writes to `dir`, one CommonJS file per template (`lint.cjs`,
 * `_findings.cjs`), each read when it is first rendered: a command loads the one it prints, not
 * all seventeen (about 175 KB of generated code).
 */
export function templatesIn(dir: string): PrecompiledTemplates {
  const require = createRequire(path.join(dir, 'index.cjs'));
  const files = new Set(readdirSync(dir).filter((file) => file.endsWith('.cjs')));
  return {
    partials: [...files].filter((file) => file.startsWith('_')).map((file) => file.slice(1, -'.cjs'.length)),
    // Only a file the folder holds: a name with a path in it ("../x") is never one of them.
    spec: (name) => (files.has(`${name}.cjs`) ? (require(`./${name}.cjs`) as TemplateSpec) : undefined),
  };
}

/** A renderer over precompiled templates: Handlebars' runtime only, so no template is compiled at start. */
export function createPrecompiledRenderer(source: PrecompiledTemplates, options: { color: boolean; source: string }): Renderer {
  const hbs = runtime.create();
  registerHelpers(hbs, options.color);
  for (const partial of source.partials) {
    const spec = source.spec(`_${partial}`);
    if (spec !== undefined) hbs.registerPartial(partial, hbs.template(spec));
  }
  const templates = new Map<string, Handlebars.TemplateDelegate>();
  return rendererOf((name) => {
    const ready = templates.get(name);
    if (ready !== undefined || name.startsWith('_')) return ready;
    const spec = source.spec(name);
    if (spec === undefined) return undefined;
    const template = hbs.template(spec);
    templates.set(name, template);
    return template;
  }, options.source);
}
