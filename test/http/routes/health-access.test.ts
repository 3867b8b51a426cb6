import { describe, expect, it } from 'vitest';
import { closeServersAfterEach, logIn, send, startAccessServer } from '../socket.ts';

closeServersAfterEach();

describe('GET /healthz over a real socket', () => {
  it('with a token, says only that it is up unless the caller has the token or a session', async () => {
    const { url } = await startAccessServer({ BIDWRIGHT_TOKEN: 'tok' });
    for (const headers of [{}, { Authorization: 'Bearer wrong' }] as Array<Record<string, string>>) {
      const answer = await send(`${url}/healthz`, { headers });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ status: 'ok' });
    }
    const detail = { status: 'ok', engine: 'offline', model: null };
    expect(JSON.parse((await send(`${url}/healthz`, { headers: { Authorization: 'Bearer tok' } })).body)).toEqual(detail);
    const Cookie = await logIn(url, 'tok');
    expect(JSON.parse((await send(`${url}/healthz`, { headers: { Cookie } })).body)).toEqual(detail);
  });

  it('answers any host name, but names the engine only to an allowed one', async () => {
    const { url } = await startAccessServer({ BIDWRIGHT_TOKEN: 'tok' });
    const forged = await send(`${url}/healthz`, { headers: { Host: 'rebind.attacker.example', Authorization: 'Bearer tok' } });
    expect(forged.status).toBe(200);
    expect(JSON.parse(forged.body)).toEqual({ status: 'ok' });
    const open = await startAccessServer();
    expect(JSON.parse((await send(`${open.url}/healthz`)).body)).toEqual({ status: 'ok', engine: 'offline', model: null });
    expect(JSON.parse((await send(`${open.url}/healthz`, { headers: { Host: 'rebind.attacker.example' } })).body)).toEqual({ status: 'ok' });
  });
});
