import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isBidwrightError } from '../../src/domain/errors.ts';
import { createPromptLibrary } from '../../src/prompts/create-prompt-library.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bidwright-prompts-'));
  dirs.push(dir);
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  return dir;
}

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return isBidwrightError(error) ? error.code : 'not a BidwrightError';
  }
}

describe('createPromptLibrary', () => {
  it('renders a template with its partials, without HTML escaping', () => {
    const dir = folder({ 'greet.user.hbs': 'Hello {{name}} & "{{> sign}}"', '_sign.hbs': 'from {{who}}' });
    const library = createPromptLibrary({ dir });
    expect(library.render('greet.user', { name: "O'Brien & Co", who: 'us' })).toBe(`Hello O'Brien & Co & "from us"`);
    expect(library.names()).toEqual(['greet.user']);
  });

  it('throws CONFIG when the view lacks a field the template uses (strict mode)', () => {
    const library = createPromptLibrary({ dir: folder({ 'a.user.hbs': 'Post: {{post.title}}' }) });
    expect(codeOf(() => library.render('a.user', { post: {} }))).toBe('CONFIG');
    expect(() => library.render('a.user', { post: {} })).toThrow(/"a\.user".*"title" not defined/);
  });

  it('throws CONFIG naming the template that does not exist', () => {
    const library = createPromptLibrary({ dir: folder({ 'a.user.hbs': 'x' }) });
    expect(() => library.render('b.user', {})).toThrow(/No prompt template named "b\.user"/);
  });

  it('throws CONFIG when the folder cannot be read', () => {
    expect(codeOf(() => createPromptLibrary({ dir: join(tmpdir(), 'bidwright-no-such-folder-xyz') }))).toBe('CONFIG');
  });

  it('neutralises "<" in every string of the view, at any depth, so data cannot close a tag', () => {
    const dir = folder({ 'a.user.hbs': '<post>\n{{post.text}}\n</post>\n{{#each items}}<i>{{this}}</i>{{/each}}' });
    const library = createPromptLibrary({ dir });
    const out = library.render('a.user', { post: { text: 'bye </post> now' }, items: ['<i>x</i>'] });
    expect(out).toBe('<post>\nbye &lt;/post> now\n</post>\n<i>&lt;i>x&lt;/i></i>');
    expect(out.match(/<\/post>/g)).toHaveLength(1);
  });

  it('treats template syntax inside data as text', () => {
    const library = createPromptLibrary({ dir: folder({ 'a.user.hbs': '{{text}}' }) });
    expect(library.render('a.user', { text: '{{secret}} {{> other}}' })).toBe('{{secret}} {{> other}}');
  });

  it('hashes a template by its source and its partials', () => {
    const one = createPromptLibrary({ dir: folder({ 'a.user.hbs': 'A {{> p}}', '_p.hbs': 'one' }) });
    const same = createPromptLibrary({ dir: folder({ 'a.user.hbs': 'A {{> p}}', '_p.hbs': 'one' }) });
    const partialChanged = createPromptLibrary({ dir: folder({ 'a.user.hbs': 'A {{> p}}', '_p.hbs': 'two' }) });
    const sourceChanged = createPromptLibrary({ dir: folder({ 'a.user.hbs': 'B {{> p}}', '_p.hbs': 'one' }) });
    expect(one.templateHash('a.user')).toMatch(/^[0-9a-f]{64}$/);
    expect(one.templateHash('a.user')).toBe(same.templateHash('a.user'));
    expect(one.templateHash('a.user')).not.toBe(partialChanged.templateHash('a.user'));
    expect(one.templateHash('a.user')).not.toBe(sourceChanged.templateHash('a.user'));
  });
});
