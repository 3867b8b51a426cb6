import { describe, expect, it } from 'vitest';
import { Shortlist } from '../../../src/domain/shortlist.ts';
import { JOB_POST } from '../helpers.ts';
import { closeServersAfterEach, startAccessServer } from '../socket.ts';

closeServersAfterEach();

const post = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /api/triage/batch on a real socket', () => {
  it('ranks a list of posts into the Shortlist shape', async () => {
    const { url } = await startAccessServer();
    const other = 'Unreal Engine shooter blueprints\n\nFixed-price $3,000\n\nBuild weapon blueprints for our third-person shooter in Unreal Engine 5.';
    const response = await fetch(`${url}/api/triage/batch`, post({ posts: [other, JOB_POST] }));
    expect(response.status).toBe(200);
    const list = Shortlist.parse(await response.json());
    expect(list.entries.map((entry) => entry.rank)).toEqual([1, 2]);
    expect(list.counts.posts).toBe(2);
  });

  it('takes one text with posts separated by ---', async () => {
    const { url } = await startAccessServer();
    const list = Shortlist.parse(await (await fetch(`${url}/api/triage/batch`, post({ text: `${JOB_POST}\n---\n${JOB_POST}` }))).json());
    expect(list.entries.map((entry) => entry.source).sort()).toEqual(['post 1', 'post 2']);
  });

  it('answers a body with neither posts nor text with a problem that says what to send', async () => {
    const { url } = await startAccessServer();
    const response = await fetch(`${url}/api/triage/batch`, post({}));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toContain('give either "posts"');
  });

  it('names the broken line of a JSON-lines text', async () => {
    const { url } = await startAccessServer();
    const response = await fetch(`${url}/api/triage/batch`, post({ text: '{"text":"a"}\nnot json', format: 'jsonl' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/^Line 2 is not valid JSON/);
  });
});
