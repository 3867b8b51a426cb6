import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeWebApp } from './web-app.ts';

const ASSETS = new URL('../../../src/http/web/assets/', import.meta.url);
const SCRIPTS = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));

describe('web assets', () => {
  it.each([['/assets/style.css', 'text/css'], ['/assets/icon.svg', 'image/svg+xml'], ...SCRIPTS.map((name) => [`/assets/${name}`, 'text/javascript'])])(
    'serves %s as %s with an ETag',
    async (path, type) => {
      const { app } = await makeWebApp();
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(type);
      expect(response.headers.get('etag')).toMatch(/^"[\w-]{22}"$/);
      expect((await response.text()).length).toBeGreaterThan(100);
    },
  );

  it('answers 304 when the browser already has the file', async () => {
    const { app } = await makeWebApp();
    const etag = (await app.request('/assets/style.css')).headers.get('etag') ?? '';
    const again = await app.request('/assets/style.css', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('does not serve files that are not assets', async () => {
    const { app } = await makeWebApp();
    for (const path of ['/assets/index.ts', '/assets/..%2Findex.ts', '/assets/']) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });

  it('serves every script module the entry script imports', async () => {
    const { app } = await makeWebApp();
    expect(SCRIPTS).toContain('app.js');
    for (const name of SCRIPTS) {
      const source = readFileSync(new URL(name, ASSETS), 'utf8');
      for (const [, imported] of source.matchAll(/^import .* from '\.\/([\w-]+\.js)';$/gm)) {
        expect((await app.request(`/assets/${imported}`)).status, `${name} imports ${imported}`).toBe(200);
      }
    }
  });

  it.each(SCRIPTS)('%s never writes text into the page as HTML', (name) => {
    const source = readFileSync(new URL(name, ASSETS), 'utf8');
    expect(source).not.toMatch(/\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
  });
});
