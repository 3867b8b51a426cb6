import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

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
