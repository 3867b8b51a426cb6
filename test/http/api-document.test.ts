/**
 * The document and the app, both ways: every route the app serves under /api (and /healthz) is
 * documented, every documented operation is served, and the statuses and bodies it answers with are
 * the documented ones.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { LIMITS } from '../../src/domain/limits.ts';
import { Profile } from '../../src/domain/schemas.ts';
import { buildApp, JOB_POST, jsonRequest, PROOF, problemOf } from './helpers.ts';

interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  required?: string[];
  properties?: Record<string, SchemaObject>;
  description?: string;
  default?: unknown;
}
interface Media {
  schema: SchemaObject;
  example?: unknown;
}
interface Operation {
  summary?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { required?: boolean; content: Record<string, Media> };
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, Media> }>;
}
interface Doc {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, SchemaObject>; securitySchemes: Record<string, { type: string; scheme: string }> };
}

async function documentOf(app: ReturnType<typeof buildApp>['app']): Promise<Doc> {
  return (await (await app.request('/api/openapi.json')).json()) as Doc;
}

const resolve = (doc: Doc, schema: SchemaObject): SchemaObject =>
  schema.$ref === undefined ? schema : doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]!;

/** Every method+path the app routes to a handler, in OpenAPI form; `use` middleware (paths with *) is left out. */
function servedOperations(app: ReturnType<typeof buildApp>['app']): string[] {
  const served = app.routes
    .filter((route) => (route.path.startsWith('/api') || route.path.startsWith('/healthz')) && !route.path.includes('*'))
    .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
  return [...new Set(served)].sort();
}

function documentedOperations(doc: Doc): string[] {
  return Object.entries(doc.paths)
    .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`))
    .sort();
}

/** A request for a documented operation: an existing id in the path, the documented example as the body. */
function requestFor(method: string, operation: Operation, headers: Record<string, string> = {}): RequestInit {
  const example = operation.requestBody?.content['application/json']?.example;
  if (operation.requestBody === undefined) return { method: method.toUpperCase(), headers };
  return jsonRequest(method.toUpperCase(), example ?? {}, headers);
}

const pathFor = (path: string) => path.replace('{id}', PROOF[0]!.id);

describe('the OpenAPI document and the routes the app serves', () => {
  it('documents exactly the operations the app serves under /api and /healthz, no more, no fewer', async () => {
    const { app } = buildApp();
    const served = servedOperations(app);
    expect(served.length).toBeGreaterThan(40);
    // An undeclared .all() or .get() would show up here as a served operation the document lacks.
    expect(served).toEqual(documentedOperations(await documentOf(app)));
  });

  it('answers every documented operation with one of its documented statuses, never a 404 for the route', async () => {
    const doc = await documentOf(buildApp().app);
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        // A fresh app each time, so a DELETE never changes what the next request finds.
        const { app } = buildApp();
        const response = await app.request(pathFor(path), requestFor(method, operation));
        const where = `${method.toUpperCase()} ${path} answered ${response.status}`;
        expect(Object.keys(operation.responses), where).toContain(String(response.status));
        const type = (response.headers.get('content-type') ?? '').split(';')[0]!;
        const media = operation.responses[String(response.status)]!.content?.[type];
        if (response.status === 204) continue;
        expect(media, `${where} as ${type}, which is not documented for that status`).toBeDefined();
        const body = (await response.json()) as unknown;
        const schema = resolve(doc, media!.schema);
        if (schema.type === 'array') expect(Array.isArray(body), where).toBe(true);
        for (const key of schema.required ?? []) expect(body, `${where}: body lacks "${key}"`).toHaveProperty(key);
      }
    }
  });

  it('documents 401 wherever the token is asked for, and answers 401 there without it', async () => {
    // Every operation is tried without the token: lift the failed-login limit above their count.
    const { app } = buildApp({ token: 'secret', access: loadConfig({ BIDWRIGHT_LOGIN_LIMIT: '1000' }).server.access });
    const doc = await documentOf(buildApp().app);
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const response = await app.request(pathFor(path), requestFor(method, operation));
        const open = Array.isArray(operation.security) && operation.security.length === 0;
        const where = `${method.toUpperCase()} ${path}`;
        if (open) expect(response.status, where).not.toBe(401);
        else {
          expect(response.status, where).toBe(401);
          expect(Object.keys(operation.responses), where).toContain('401');
        }
      }
    }
  });
});

describe('the drift the hand-kept table had', () => {
  it('PUT /api/proof/{id}: documents 201 with Location for a new id, and the body id as optional', async () => {
    const { app } = buildApp();
    const doc = await documentOf(app);
    const put = doc.paths['/api/proof/{id}']!.put!;
    expect(put.responses['201']?.headers).toHaveProperty('Location');
    expect(put.responses['200']).toBeDefined();
    const body = resolve(doc, put.requestBody!.content['application/json']!.schema);
    expect(body.properties).toHaveProperty('id');
    expect(body.required).not.toContain('id');
    expect(body.required).toEqual(expect.arrayContaining(['kind', 'title']));

    const created = await app.request('/api/proof/payroll-audit', jsonRequest('PUT', { kind: 'credential', title: 'Certified payroll auditor' }));
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/api/proof/payroll-audit');
    const replaced = await app.request('/api/proof/payroll-audit', jsonRequest('PUT', { kind: 'credential', title: 'Payroll audit credential' }));
    expect(replaced.status).toBe(200);
  });

  it('documents the 405 of each method a path does not take, with the Allow header the answer carries', async () => {
    const { app } = buildApp();
    const doc = await documentOf(app);
    for (const [path, method, allow] of [
      ['/api/triage', 'get', 'POST'],
      ['/api/proof/{id}', 'post', 'GET, PUT, DELETE'],
      ['/api/profile', 'delete', 'GET, PUT'],
    ] as const) {
      const documented = doc.paths[path]![method]!.responses['405'];
      expect(documented?.headers, `${method} ${path}`).toHaveProperty('Allow');
      expect(documented?.content).toHaveProperty(['application/problem+json']);
      const response = await app.request(pathFor(path), { method: method.toUpperCase() });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe(allow);
      expect((await problemOf(response)).status).toBe(405);
    }
  });

  it(`POST /api/audits: states the 1 to ${LIMITS.tasks} bound it enforces`, async () => {
    const { app } = buildApp();
    const doc = await documentOf(app);
    const request = resolve(doc, doc.paths['/api/audits']!.post!.requestBody!.content['application/json']!.schema);
    expect(request.description).toContain(`1 to ${LIMITS.tasks} tasks`);
    expect(doc.paths['/api/audits']!.post!.responses).toHaveProperty('400');
    const tooMany = Array.from({ length: LIMITS.tasks + 1 }, (_, i) => `Task number ${i}`);
    expect((await app.request('/api/audits', jsonRequest('POST', { tasks: tooMany }))).status).toBe(400);
    expect((await app.request('/api/audits', jsonRequest('POST', { tasks: tooMany.slice(0, LIMITS.tasks) }))).status).toBe(200);
    expect((await app.request('/api/audits', jsonRequest('POST', { tasks: [] }))).status).toBe(400);
  });

  it('POST /api/proposals: documents the Server-Sent Events answer beside the JSON one', async () => {
    const { app } = buildApp();
    const content = (await documentOf(app)).paths['/api/proposals']!.post!.responses['200']!.content!;
    expect(Object.keys(content).sort()).toEqual(['application/json', 'text/event-stream']);
    const response = await app.request('/api/proposals', jsonRequest('POST', { jobPost: JOB_POST }, { Accept: 'text/event-stream' }));
    expect(response.headers.get('content-type')).toContain('text/event-stream');
  });

  it('POST /api/proposals: documents the output guard (ok, changes, problems) on the Proposal, and answers with it', async () => {
    const { app } = buildApp();
    const doc = await documentOf(app);
    const proposal = resolve(doc, doc.paths['/api/proposals']!.post!.responses['200']!.content!['application/json']!.schema);
    const guard = resolve(doc, proposal.properties?.guard ?? {});
    expect(Object.keys(guard.properties ?? {}).sort()).toEqual(['changes', 'ok', 'problems']);
    expect(proposal.required).toContain('guard');
    const body = (await (await app.request('/api/proposals', jsonRequest('POST', { jobPost: JOB_POST }))).json()) as { guard: unknown };
    expect(body.guard).toEqual({ ok: true, changes: [], problems: [] });
  });

  it('PUT /api/profile: documents no defaults "Try it out" would send over stored values, only a small example', async () => {
    const doc = await documentOf(buildApp().app);
    const media = doc.paths['/api/profile']!.put!.requestBody!.content['application/json']!;
    expect(media.example).toEqual({ rateFloor: 50 });
    const patch = resolve(doc, media.schema);
    expect(JSON.stringify(patch)).not.toContain('"default"');
    expect(patch.required ?? []).toEqual([]);
    expect(Object.keys(patch.properties ?? {}).sort()).toEqual(Object.keys(Profile.shape).sort());
  });

  it('answers a body that fails its schema with a 400 problem listing the issues', async () => {
    const { app } = buildApp();
    const response = await app.request('/api/proof/payroll-audit', jsonRequest('PUT', { kind: 'rumour' }));
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.type).toBe('urn:bidwright:problem:invalid-input');
    expect(String(problem.detail)).toMatch(/^Kind must be "case_study", .* Title is missing: give a short title/);
    expect((problem.errors as { path: unknown[] }[]).map((issue) => issue.path)).toEqual([['kind'], ['title']]);
  });
});

describe('document shape', () => {
  it('is OpenAPI 3.1 with a bearer scheme, and only /healthz opts out of it', async () => {
    const doc = await documentOf(buildApp().app);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const open = documentedOperations(doc).filter((key) => {
      const [method, path] = key.split(' ');
      return doc.paths[path!]![method!]!.security?.length === 0;
    });
    expect(open.every((key) => key.endsWith(' /healthz'))).toBe(true);
    expect(open).toContain('get /healthz');
  });

  it('describes every error as problem+json with the Problem schema, and every $ref resolves', async () => {
    const doc = await documentOf(buildApp().app);
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) < 400) continue;
          expect(response.content?.['application/problem+json']?.schema.$ref, `${method} ${path} ${status}`).toBe('#/components/schemas/Problem');
        }
      }
    }
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]!);
    for (const name of new Set(refs)) expect(doc.components.schemas[name], name).toBeDefined();
  });

  it('generates request schemas from the zod schemas the core validates with', async () => {
    const { schemas } = (await documentOf(buildApp().app)).components;
    expect(schemas.TriageRequest!.required).toEqual(['jobPost']);
    expect(Object.keys(schemas.ProposeRequest!.properties ?? {}).sort()).toEqual(['acceptedInstructions', 'jobPost', 'length', 'tone', 'variant']);
    expect(schemas.ProofItem!.required?.sort()).toEqual(['id', 'kind', 'title']);
  });
});
