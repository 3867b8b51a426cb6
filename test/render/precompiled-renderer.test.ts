import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { createPrecompiledRenderer, type PrecompiledTemplates } from '../../src/render/precompiled-renderer.ts';
import { COMPILE_OPTIONS } from '../../src/render/template-env.ts';

const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));
const BUILT = fileURLToPath(new URL('../../dist/render/templates.js', import.meta.url));

/** Templates precompiled here as `npm run build` does, turned from source text into specs. */
function precompiled(files: Record<string, string>): PrecompiledTemplates {
  return Object.fromEntries(
    Object.entries(files).map(([name, source]) => [name, new Function(`return ${Handlebars.precompile(source, COMPILE_OPTIONS)}`)() as never]),
  );
}
const render = (files: Record<string, string>, name: string, view: object, color = false) =>
  createPrecompiledRenderer(precompiled(files), { color, source: 'templates' }).render(name, view);

describe('createPrecompiledRenderer', () => {
  it('renders plain text without HTML escaping', () => {
    expect(render({ note: 'Title: {{title}}' }, 'note', { title: '<b>Fish & chips</b>' })).toBe('Title: <b>Fish & chips</b>');
  });

  it('includes partials named with a leading underscore', () => {
    expect(render({ _sig: '-- {{name}}', letter: 'Hello\n{{> sig}}' }, 'letter', { name: 'Sam' })).toBe('Hello\n-- Sam');
  });

  it('fails on a missing field instead of printing an empty string', () => {
    expect(() => render({ note: 'Title: {{title}}' }, 'note', {})).toThrow(/title/);
  });

  it('styles text only when colour is on, and joins lists', () => {
    expect(render({ v: '{{style "red" word}} {{join items " / "}}' }, 'v', { word: 'skip', items: ['a', 'b'] })).toBe('skip a / b');
    expect(render({ v: '{{style "red" word}}' }, 'v', { word: 'skip' }, true)).toContain('\u001b[');
  });

  it('names an unknown template and where the templates came from', () => {
    expect(() => render({}, 'missing', {})).toThrow('No output template named "missing" in templates.');
  });
});

describe('the templates npm run build precompiles', () => {
  it('are every template in templates/, precompiled with the options the compiling renderer uses', () => {
    const built = readFileSync(BUILT, 'utf8');
    const files = readdirSync(TEMPLATES).filter((file) => file.endsWith('.hbs'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const spec = Handlebars.precompile(readFileSync(join(TEMPLATES, file), 'utf8'), COMPILE_OPTIONS);
      expect(built, `dist/render/templates.js is missing or stale for ${file}: run npm run build`).toContain(
        `  ${JSON.stringify(basename(file, '.hbs'))}: ${spec},`,
      );
    }
  });
});
