import { describe, expect, it } from 'vitest';
import { buildApp, loginCookie } from '../helpers.ts';

describe('GET /api/openapi.json', () => {
  it('serves the OpenAPI 3.1 document as JSON, the same one on every call', async () => {
    const { app } = buildApp();
    const first = await app.request('/api/openapi.json');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toContain('application/json');
    const doc = (await first.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths).toHaveProperty(['/api/openapi.json']);
    expect(await (await app.request('/api/openapi.json')).json()).toEqual(doc);
  });

  it('needs the token like the rest of /api, while the docs copy takes the web session instead', async () => {
    const { app } = buildApp({ token: 'abc' });
    expect((await app.request('/api/openapi.json')).status).toBe(401);
    const withToken = await (await app.request('/api/openapi.json', { headers: { Authorization: 'Bearer abc' } })).json();
    const Cookie = await loginCookie(app, 'abc');
    expect(await (await app.request('/docs/openapi.json', { headers: { Cookie } })).json()).toEqual(withToken);
  });
});
