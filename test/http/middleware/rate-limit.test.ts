import { describe, expect, it } from 'vitest';
import { RATE_LIMIT_DEFAULTS } from '../../../src/config.ts';
import { JOB_POST } from '../helpers.ts';
import { closeServersAfterEach, postForm, postJson, send, startAccessServer, type Answer } from '../socket.ts';

closeServersAfterEach();

const statuses = (answers: Answer[]) => answers.map((answer) => answer.status);

describe('rate limits over a real socket', () => {
  it('answers a burst of triages beyond the limit with 429 problem+json and Retry-After', async () => {
    const { url } = await startAccessServer({ BIDWRIGHT_RATE_LIMIT: '3' });
    const answers: Answer[] = [];
    for (let i = 0; i < 5; i++) answers.push(await postJson(url, '/api/triage', { jobPost: JOB_POST }));
    expect(statuses(answers)).toEqual([200, 200, 200, 429, 429]);
    const refused = answers[3]!;
    expect(refused.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(refused.body)).toMatchObject({ status: 429, type: 'urn:bidwright:problem:too-many-requests' });
    const wait = Number(refused.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(RATE_LIMIT_DEFAULTS.workWindowMs / 1000);
  });

  it('counts web and API work together, answers the web with a page, and leaves cheap pages alone', async () => {
    const { url } = await startAccessServer({ BIDWRIGHT_RATE_LIMIT: '2' });
    expect((await postForm(url, '/lint', { text: 'A short draft.' })).status).toBe(200);
    expect((await postJson(url, '/api/lint', { text: 'A short draft.' })).status).toBe(200);
    const page = await postForm(url, '/audit', { tasks: 'Data entry' });
    expect(page.status).toBe(429);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['retry-after']).toMatch(/^\d+$/);
    expect(page.body).toContain('Too many requests');
    expect((await send(`${url}/lint`)).status).toBe(200);
    expect((await send(`${url}/api/profile`)).status).toBe(200);
  });

  it('keys on the socket address, so a made-up X-Forwarded-For does not reset the count', async () => {
    const { url } = await startAccessServer({ BIDWRIGHT_RATE_LIMIT: '1' });
    expect((await postJson(url, '/api/lint', { text: 'x' }, { 'X-Forwarded-For': '10.0.0.1' })).status).toBe(200);
    expect((await postJson(url, '/api/lint', { text: 'x' }, { 'X-Forwarded-For': '10.0.0.2' })).status).toBe(429);
  });

  it('believes X-Forwarded-For when told a proxy sets it', async () => {
    const { url } = await startAccessServer({ BIDWRIGHT_RATE_LIMIT: '1', BIDWRIGHT_TRUST_PROXY: '1' });
    expect((await postJson(url, '/api/lint', { text: 'x' }, { 'X-Forwarded-For': '10.0.0.1' })).status).toBe(200);
    expect((await postJson(url, '/api/lint', { text: 'x' }, { 'X-Forwarded-For': '10.0.0.2' })).status).toBe(200);
    expect((await postJson(url, '/api/lint', { text: 'x' }, { 'X-Forwarded-For': '10.0.0.2' })).status).toBe(429);
  });

  it('limits failed logins and wrong API tokens, counting only failures, and still lets the right token in', async () => {
    const { url } = await startAccessServer({ BIDWRIGHT_TOKEN: 'right', BIDWRIGHT_LOGIN_LIMIT: '3' });
    expect((await postForm(url, '/login', { token: 'right' })).status).toBe(303);
    const wrong: Answer[] = [];
    for (let i = 0; i < 2; i++) wrong.push(await postForm(url, '/login', { token: `guess-${i}` }));
    for (let i = 0; i < 3; i++) wrong.push(await send(`${url}/api/profile`, { headers: { Authorization: `Bearer guess-${i}` } }));
    expect(statuses(wrong)).toEqual([401, 401, 401, 429, 429]);
    expect(wrong[4]!.headers['content-type']).toBe('application/problem+json');
    expect(Number(wrong[4]!.headers['retry-after'])).toBeGreaterThan(0);
    const page = await postForm(url, '/login', { token: 'guess-again' });
    expect(page.status).toBe(429);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect((await send(`${url}/api/profile`, { headers: { Authorization: 'Bearer right' } })).status).toBe(200);
  });
});
