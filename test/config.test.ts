import { describe, expect, it } from 'vitest';
import { loadConfig, RATE_LIMIT_DEFAULTS } from '../src/config.ts';

describe('loadConfig', () => {
  it('defaults to ./data and the offline engine', () => {
    expect(loadConfig({})).toMatchObject({ dataDir: './data', engine: 'offline', color: true, debug: false });
  });

  it('reads the data folder and the switches from the environment', () => {
    const config = loadConfig({ BIDWRIGHT_DATA_DIR: '/tmp/bw', NO_COLOR: '1', BIDWRIGHT_DEBUG: '1' });
    expect(config).toMatchObject({ dataDir: '/tmp/bw', color: false, debug: true });
  });

  it('rejects an unknown engine with a message naming the variable', () => {
    expect(() => loadConfig({ BIDWRIGHT_ENGINE: 'gpt' })).toThrow(/BIDWRIGHT_ENGINE/);
  });
});

describe('loadConfig for the model engine and the server', () => {
  it('chooses openai when a key or a base URL is configured', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test' }).engine).toBe('openai');
    expect(loadConfig({ OPENAI_BASE_URL: 'http://localhost:11434/v1' }).engine).toBe('openai');
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test', BIDWRIGHT_ENGINE: 'offline' }).engine).toBe('offline');
  });

  it('falls back from a task model to BIDWRIGHT_MODEL', () => {
    const config = loadConfig({ BIDWRIGHT_MODEL: 'gpt-4.1-mini', BIDWRIGHT_MODEL_PROPOSE: 'gpt-5' });
    expect(config.openai.models.propose).toBe('gpt-5');
    expect(config.openai.models.triage).toBe('gpt-4.1-mini');
  });

  it('rejects a base URL that is not a URL', () => {
    expect(() => loadConfig({ OPENAI_BASE_URL: 'localhost' })).toThrow(/OPENAI_BASE_URL/);
  });

  it('adds prices from BIDWRIGHT_PRICES and explains broken JSON', () => {
    expect(loadConfig({ BIDWRIGHT_PRICES: '{"local": {"input": 0, "output": 0}}' }).openai.prices.local).toEqual({ input: 0, output: 0 });
    expect(() => loadConfig({ BIDWRIGHT_PRICES: '{local' })).toThrow(/BIDWRIGHT_PRICES must be JSON/);
  });

  it('reads the server settings with loopback defaults', () => {
    expect(loadConfig({}).server).toEqual({
      host: '127.0.0.1',
      port: 8787,
      token: undefined,
      bodyLimit: 1024 * 1024,
      access: { allowedHosts: ['localhost', '127.0.0.1', '[::1]'], trustProxy: false, rateLimits: RATE_LIMIT_DEFAULTS },
    });
    expect(loadConfig({ BIDWRIGHT_PORT: '9000', BIDWRIGHT_TOKEN: 's3cret' }).server).toMatchObject({ port: 9000, token: 's3cret' });
  });

  it('adds BIDWRIGHT_ALLOWED_HOSTS to the loopback names, lower-cased, IPv6 in brackets, blanks dropped', () => {
    const { access } = loadConfig({ BIDWRIGHT_ALLOWED_HOSTS: ' Studio.LAN, 192.168.1.20,,fe80::1 ' }).server;
    expect(access.allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]', 'studio.lan', '192.168.1.20', '[fe80::1]']);
  });

  it('refuses an allowed host given with a port or a scheme, naming the variable', () => {
    for (const value of ['studio.lan:8787', 'http://studio.lan', 'studio lan']) {
      expect(() => loadConfig({ BIDWRIGHT_ALLOWED_HOSTS: value }), value).toThrow(/BIDWRIGHT_ALLOWED_HOSTS.*without a port/);
    }
  });

  it('reads the rate limits and proxy trust', () => {
    const { access } = loadConfig({ BIDWRIGHT_RATE_LIMIT: '5', BIDWRIGHT_LOGIN_LIMIT: '3', BIDWRIGHT_TRUST_PROXY: '1' }).server;
    expect(access).toMatchObject({ trustProxy: true, rateLimits: { work: 5, loginFailures: 3 } });
    expect(() => loadConfig({ BIDWRIGHT_RATE_LIMIT: '0' })).toThrow(/BIDWRIGHT_RATE_LIMIT/);
  });
});
