import { describe, expect, it } from 'vitest';
import { buildApp, engineWith } from '../helpers.ts';

describe('GET /healthz', () => {
  it('reports ok with the engine and model', async () => {
    const { app } = buildApp();
    expect(await (await app.request('/healthz')).json()).toEqual({ status: 'ok', engine: 'offline', model: null });
  });

  it('names the model of a model engine', async () => {
    const { app } = buildApp({ engine: { ...engineWith({}), name: 'openai', model: 'some-model' } });
    expect(await (await app.request('/healthz')).json()).toEqual({ status: 'ok', engine: 'openai', model: 'some-model' });
  });
});
