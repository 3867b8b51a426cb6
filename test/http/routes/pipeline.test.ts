import { describe, expect, it } from 'vitest';
import { buildApp, problemOf } from '../helpers.ts';

describe('/api/pipeline', () => {
  it('answers 501 with a problem saying it is not built yet, for any method and sub-path', async () => {
    const { app } = buildApp();
    for (const [method, path] of [['GET', '/api/pipeline'], ['POST', '/api/pipeline'], ['GET', '/api/pipeline/events/1']] as const) {
      const response = await app.request(path, { method });
      expect(response.status, `${method} ${path}`).toBe(501);
      expect((await problemOf(response)).detail).toContain('not built yet');
    }
  });

  it('still asks for the token first', async () => {
    const { app } = buildApp({ token: 't' });
    expect((await app.request('/api/pipeline')).status).toBe(401);
  });
});
