import { describe, expect, it } from 'vitest';
import { buildApp, loginCookie } from '../helpers.ts';

describe('GET /docs', () => {
  it('serves a page whose scripts are all files on this server (no inline script, no CDN)', async () => {
    const { app } = buildApp();
    const response = await app.request('/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\/docs\//);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/https?:\/\//);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/style-src 'self'(;|$)/);
  });

  it('serves every file the page links to, with a fitting content type', async () => {
    const { app } = buildApp();
    const html = await (await app.request('/docs')).text();
    const links = [...html.matchAll(/(?:src|href)="(\/docs\/[^"]+)"/g)].map((match) => match[1]!);
    expect(links).toContain('/docs/assets/swagger-ui-bundle.js');
    for (const link of links) {
      const response = await app.request(link);
      expect(response.status, link).toBe(200);
      const type = response.headers.get('content-type') ?? '';
      if (link.endsWith('.js')) expect(type, link).toContain('javascript');
      if (link.endsWith('.css')) expect(type, link).toContain('text/css');
      expect((await response.arrayBuffer()).byteLength, link).toBeGreaterThan(100);
    }
  });

  it('points the init script at a copy of the OpenAPI document that a logged-in browser loads without the API token', async () => {
    const { app } = buildApp({ token: 'abc' });
    expect((await app.request('/docs/openapi.json')).headers.get('location')).toBe('/login?next=%2Fdocs%2Fopenapi.json');
    const Cookie = await loginCookie(app, 'abc');
    const init = await (await app.request('/docs/init.js', { headers: { Cookie } })).text();
    expect(init).toContain("url: '/docs/openapi.json'");
    const doc = await app.request('/docs/openapi.json', { headers: { Cookie } });
    expect(doc.status).toBe(200);
    expect(((await doc.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });

  it('serves only the listed swagger-ui files, never arbitrary paths', async () => {
    const { app } = buildApp();
    for (const path of ['/docs/assets/package.json', '/docs/assets/..%2F..%2Fpackage.json', '/docs/assets/index.js', '/docs/assets/swagger-ui.js.map']) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });
});
