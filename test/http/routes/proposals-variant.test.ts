import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Proposal } from '../../../src/domain/schemas.ts';
import { startServer, type RunningServer } from '../../../src/http/serve.ts';
import { buildApp, JOB_POST, parseSse } from '../helpers.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ app: buildApp().app, host: '127.0.0.1', port: 0, token: undefined, logger: { log: () => undefined }, shutdownTimeoutMs: 2000 });
});
afterAll(() => server.close());

const post = (body: unknown, accept = 'application/json') =>
  fetch(`${server.url}/api/proposals`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: accept }, body: JSON.stringify(body) });
const draft = async (body: Record<string, unknown>) => Proposal.parse(await (await post({ jobPost: JOB_POST, ...body })).json());

describe('POST /api/proposals with a variant, over a real socket', () => {
  it('answers the same variant with the same text and the next one with another wording of it', async () => {
    const [first, unnumbered, again, next] = await Promise.all([draft({ variant: 0 }), draft({}), draft({ variant: 0 }), draft({ variant: 1 })]);
    expect(unnumbered.text).toBe(first.text);
    expect(again.text).toBe(first.text);
    expect(next.text).not.toBe(first.text);
    expect(next.citations).toEqual(first.citations);
  });

  it('streams the variant asked for', async () => {
    const response = await post({ jobPost: JOB_POST, tone: 'warm', variant: 3 }, 'text/event-stream');
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const final = parseSse(await response.text()).find((event) => event.event === 'final');
    expect(Proposal.parse(JSON.parse(final?.data ?? '{}')).text).toBe((await draft({ tone: 'warm', variant: 3 })).text);
  });

  it('refuses a bad variant with a 400 problem naming the field, before any stream opens', async () => {
    for (const variant of [-1, 1.5, 'x', 1e21]) {
      for (const accept of ['application/json', 'text/event-stream']) {
        const response = await post({ jobPost: JOB_POST, variant }, accept);
        expect(response.status, `${variant} ${accept}`).toBe(400);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        const problem = (await response.json()) as { errors: Array<{ path: unknown[]; message: string }> };
        expect(problem.errors).toEqual([
          expect.objectContaining({ path: ['variant'], message: 'Variant must be a whole number from 0 (the first draft) to 9999.' }),
        ]);
      }
    }
  });

  it('documents the variant in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      components: { schemas: { ProposeRequest: { properties: Record<string, Record<string, unknown>>; required?: string[] } } };
    };
    const request = doc.components.schemas.ProposeRequest;
    expect(request.properties.variant).toMatchObject({ type: 'integer', minimum: 0, maximum: 9999 });
    expect(String(request.properties.variant?.description)).toContain('Regenerate');
    expect(request.required ?? []).not.toContain('variant');
  });
});
