import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, ROUTES } from '../../src/http/openapi.ts';
import { buildApp } from './helpers.ts';

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref: string } }> }; responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>; security?: unknown[] }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>; securitySchemes: Record<string, { type: string; scheme: string }> };
};

const schemaName = (ref: string) => ref.replace('#/components/schemas/', '');

describe('buildOpenApiDocument', () => {
  const doc = buildOpenApiDocument() as unknown as Doc;

  it('is OpenAPI 3.1 with a bearer security scheme', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('describes every route of the table, and every $ref resolves', () => {
    for (const route of ROUTES) expect(doc.paths[route.path]?.[route.method], `${route.method} ${route.path}`).toBeDefined();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((match) => schemaName(match[1]!));
    expect(refs.length).toBeGreaterThan(20);
    for (const name of refs) expect(doc.components.schemas[name], name).toBeDefined();
  });

  it('generates request schemas from the zod schemas the core validates with', () => {
    const triage = doc.components.schemas.TriageRequest!;
    expect(triage.required).toEqual(['jobPost']);
    const propose = doc.components.schemas.ProposeRequest!;
    expect(Object.keys(propose.properties ?? {}).sort()).toEqual(['jobPost', 'length', 'tone']);
    expect(propose.required).toEqual(['jobPost']);
    // As input, defaulted fields are optional; as output they are always present.
    expect(doc.components.schemas.ProofItemInput!.required?.sort()).toEqual(['id', 'kind', 'title']);
    expect(doc.components.schemas.ProofItem!.required).toContain('metrics');
  });

  it('describes errors as problem+json with the Problem schema, including validation issues', () => {
    const triage = doc.paths['/api/triage']!.post!;
    for (const status of ['400', '401', '413', '415', '500']) {
      expect(triage.responses[status]?.content?.['application/problem+json']?.schema.$ref, status).toBe('#/components/schemas/Problem');
    }
    const problem = doc.components.schemas.Problem!;
    expect(problem.required?.sort()).toEqual(['detail', 'instance', 'requestId', 'status', 'title', 'type']);
    expect(problem.properties).toHaveProperty('errors');
  });

  it('offers SSE on proposals and exempts /healthz from the token', () => {
    expect(doc.paths['/api/proposals']!.post!.responses['200']?.content).toHaveProperty('text/event-stream');
    expect(doc.paths['/healthz']!.get!.security).toEqual([]);
    expect(doc.paths['/api/triage']!.post!.security).toBeUndefined();
  });
});

describe('GET /api/openapi.json', () => {
  it('serves the document', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(((await response.json()) as Doc).openapi).toBe('3.1.0');
  });

  it('matches the app: every documented operation is routed (none answers 404 or 405)', async () => {
    const { app } = buildApp();
    for (const route of ROUTES) {
      const path = route.path.replace('{id}', 'stock-sheet-rebuild');
      const response = await app.request(path, { method: route.method.toUpperCase(), headers: { 'Content-Type': 'application/json' }, body: route.body ? '{}' : undefined });
      expect([404, 405], `${route.method} ${route.path}`).not.toContain(response.status);
    }
  });

  it('needs the token like the rest of /api', async () => {
    const { app } = buildApp({ token: 'abc' });
    expect((await app.request('/api/openapi.json')).status).toBe(401);
  });
});
