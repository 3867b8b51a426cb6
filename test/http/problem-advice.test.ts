import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BidwrightError, ERROR_CODES } from '../../src/domain/errors.ts';
import { httpAdvice, toProblem } from '../../src/http/problem.ts';
import { createFileStore } from '../../src/storage/file-store.ts';
import { CLI_TEXT, SAMPLE_REASONS } from '../helpers/edge-text.ts';
import { buildApp, jsonRequest, PROOF } from './helpers.ts';

const where = { instance: '/api/x', requestId: 'req-1' };

describe('httpAdvice', () => {
  it('points an unknown proof id to the list route', () => {
    const error = new BidwrightError('NOT_FOUND', 'No proof item has the id "x".', { details: { reason: 'unknown-proof-id', id: 'x' } });
    expect(httpAdvice(error)).toBe('GET /api/proof lists the ids.');
  });

  it('points a taken proof id to the routes that replace or remove it, encoding the id', () => {
    const error = new BidwrightError('CONFLICT', 'taken', { details: { reason: 'duplicate-proof-id', id: 'a.b' } });
    expect(httpAdvice(error)).toBe('PUT /api/proof/a.b replaces that item; DELETE /api/proof/a.b removes it.');
  });

  it('never says a CLI command or flag, whatever the code or reason', () => {
    for (const code of ERROR_CODES) {
      for (const details of [undefined, ...SAMPLE_REASONS]) {
        const advice = httpAdvice(new BidwrightError(code, 'x', { details })) ?? '';
        expect(advice, code).not.toMatch(CLI_TEXT);
        expect(advice, code).not.toContain('/d/');
      }
    }
  });

  it('keeps the detail to the plain message and puts the advice beside it', () => {
    const error = new BidwrightError('NOT_FOUND', 'No proof item has the id "x".', { details: { reason: 'unknown-proof-id', id: 'x' } });
    const { problem } = toProblem(error, where);
    expect(problem.detail).toBe('No proof item has the id "x".');
    expect(problem.advice).toBe('GET /api/proof lists the ids.');
  });

  it('leaves advice out when there is none to give', () => {
    expect(toProblem(new BidwrightError('NOT_FOUND', 'gone'), where).problem).not.toHaveProperty('advice');
  });
});

describe('the API on failures the core reports', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  async function problemOf(response: Response): Promise<Record<string, unknown>> {
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as Record<string, unknown>;
    expect(JSON.stringify(problem)).not.toMatch(CLI_TEXT);
    return problem;
  }

  it('answers an unknown proof id with 404 and the list route', async () => {
    const response = await buildApp().app.request('/api/proof/ghost');
    expect(response.status).toBe(404);
    expect(await problemOf(response)).toMatchObject({ detail: 'No proof item has the id "ghost".', advice: 'GET /api/proof lists the ids.' });
  });

  it('answers a taken id with 409 and the routes that replace or remove it', async () => {
    const response = await buildApp().app.request('/api/proof', jsonRequest('POST', PROOF[0]));
    expect(response.status).toBe(409);
    const problem = await problemOf(response);
    expect(problem.detail).toContain(`"${PROOF[0]!.id}" already exists`);
    expect(problem.advice).toContain(`PUT /api/proof/${PROOF[0]!.id}`);
  });

  it("answers a corrupt data file with 500, without the server's path", async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bidwright-problem-'));
    await writeFile(path.join(dir, 'bidwright.json'), '{ "version": 1, ');
    const { app } = buildApp({ store: await createFileStore({ dir }) });
    const response = await app.request('/api/proof');
    expect(response.status).toBe(500);
    const problem = await problemOf(response);
    expect(problem.detail).toMatch(/^The server's data file is broken/);
    expect(problem.advice).toMatch(/whoever runs the server/);
    expect(JSON.stringify(problem)).not.toContain(dir);
  });

  it('answers invalid input with 400, the issues and where the bodies are described', async () => {
    const response = await buildApp().app.request('/api/proof', jsonRequest('POST', { id: 'bad id', kind: 'case_study', title: 't' }));
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.detail).toMatch(/^Id: use letters, digits/);
    expect(problem.advice).toContain('GET /api/openapi.json');
    expect(problem.errors).toEqual([expect.objectContaining({ path: ['id'] })]);
  });
});
