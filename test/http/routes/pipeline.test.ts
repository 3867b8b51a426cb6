import { describe, expect, it } from 'vitest';
import { buildApp, problemOf } from '../helpers.ts';

describe('/api/pipeline', () => {
  it('answers 501 with a problem saying it is not built yet, for every method it documents', async () => {
    const { app } = buildApp();
    for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await app.request('/api/pipeline', { method });
      expect(response.status, method).toBe(501);
      expect((await problemOf(response)).detail).toContain('not built yet');
    }
  });

  it('answers a sub-path nobody declared with a 404 problem, like any unknown route', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/pipeline/events/1');
    expect(response.status).toBe(404);
    expect((await problemOf(response)).detail).toContain('/api/openapi.json');
  });

  it('still asks for the token first', async () => {
    const { app } = buildApp({ token: 't' });
    expect((await app.request('/api/pipeline')).status).toBe(401);
  });
});
