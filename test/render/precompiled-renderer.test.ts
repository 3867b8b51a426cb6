import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { createPrecompiledRenderer, type PrecompiledTemplates, templatesIn } from '../../src/render/precompiled-renderer.ts';
import { COMPILE_OPTIONS } from '../../src/render/template-env.ts';

const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));
const BUILT = fileURLToPath(new URL('../../dist/render/templates/', import.meta.url));

/** Templates precompiled here as `npm run build` does, turned from source text into specs. */
function precompiled(files: Record<string, string>): PrecompiledTemplates {
  const specs = new Map(
    Object.entries(files).map(([name, source]) => [name, new Function(`return ${Handlebars.precompile(source, COMPILE_OPTIONS)}`)() as never]),
  );
  return { partials: [...specs.keys()].filter((name) => name.startsWith('_')).map((name) => name.slice(1)), spec: (name) => specs.get(name) };
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
    expect(() => render({ _sig: '--' }, '_sig', {})).toThrow('No output template named "_sig" in templates.');
  });
});

describe('templatesIn', () => {
  it('reads each template from its own file, and only when it is asked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bidwright-templates-'));
    try {
      writeFileSync(join(dir, '_sig.cjs'), `module.exports = ${Handlebars.precompile('-- {{name}}', COMPILE_OPTIONS)};`);
      writeFileSync(join(dir, 'letter.cjs'), `module.exports = ${Handlebars.precompile('Hello\n{{> sig}}', COMPILE_OPTIONS)};`);
      writeFileSync(join(dir, 'broken.cjs'), 'throw new Error("read too early");');
      const renderer = createPrecompiledRenderer(templatesIn(dir), { color: false, source: dir });
      expect(renderer.render('letter', { name: 'Sam' })).toBe('Hello\n-- Sam');
      expect(() => renderer.render('broken', {})).toThrow('read too early');
      expect(() => renderer.render('../letter', {})).toThrow(`No output template named "../letter" in ${dir}.`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the templates npm run build precompiles', () => {
  it('are every template in templates/, precompiled with the options the compiling renderer uses', () => {
    const files = readdirSync(TEMPLATES).filter((file) => file.endsWith('.hbs'));
    expect(files.length).toBeGreaterThan(10);
    expect(readdirSync(BUILT).sort()).toEqual(files.map((file) => `${basename(file, '.hbs')}.cjs`).sort());
    for (const file of files) {
      const spec = Handlebars.precompile(readFileSync(join(TEMPLATES, file), 'utf8'), COMPILE_OPTIONS);
      expect(readFileSync(join(BUILT, `${basename(file, '.hbs')}.cjs`), 'utf8'), `dist/render/templates/ is stale for ${file}: run npm run build`).toContain(
        `module.exports = ${spec};`,
      );
    }
  });
});
