import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../src/render/create-renderer.ts';

async function templates(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bidwright-tpl-'));
  for (const [name, source] of Object.entries(files)) await writeFile(join(dir, name), source);
  return dir;
}

describe('createRenderer', () => {
  it('renders plain text without HTML escaping', async () => {
    const dir = await templates({ 'note.hbs': 'Title: {{title}}' });
    expect(createRenderer({ dir, color: false }).render('note', { title: '<b>Fish & chips</b>' })).toBe('Title: <b>Fish & chips</b>');
  });

  it('includes partials from files that start with an underscore', async () => {
    const dir = await templates({ '_sig.hbs': '-- {{name}}', 'letter.hbs': 'Hello\n{{> sig}}' });
    expect(createRenderer({ dir, color: false }).render('letter', { name: 'Sam' })).toBe('Hello\n-- Sam');
  });

  it('fails on a missing field instead of printing an empty string', async () => {
    const dir = await templates({ 'note.hbs': 'Title: {{title}}' });
    expect(() => createRenderer({ dir, color: false }).render('note', {})).toThrow(/title/);
  });

  it('styles text only when colour is on', async () => {
    const dir = await templates({ 'v.hbs': '{{style "red" word}}' });
    expect(createRenderer({ dir, color: false }).render('v', { word: 'skip' })).toBe('skip');
    expect(createRenderer({ dir, color: true }).render('v', { word: 'skip' })).toContain('\u001b[');
  });

  it('names an unknown template', async () => {
    const dir = await templates({});
    expect(() => createRenderer({ dir, color: false }).render('missing', {})).toThrow(/missing/);
  });
});
