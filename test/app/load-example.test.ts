import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { isBlankProfile, loadExample, setupState } from '../../src/app/load-example.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';

const read = async (name: string) => JSON.parse(await readFile(new URL(`../../examples/${name}`, import.meta.url), 'utf8')) as unknown;
const example = async () => ({ profile: await read('profile.json'), proof: await read('proof.json') });

describe('first run and the example freelancer', () => {
  it('sees a new data folder as not set up, and fills both from the example', async () => {
    const store = createMemoryStore();
    await expect(setupState(store)).resolves.toEqual({ profile: true, proof: true });
    await expect(loadExample(await example(), store)).resolves.toEqual({ profile: true, proof: 3 });
    await expect(setupState(store)).resolves.toEqual({ profile: false, proof: false });
    expect((await store.getProfile()).rateFloor).toBe(45);
  });

  it('never replaces what the user wrote: only the empty part is filled', async () => {
    const store = createMemoryStore();
    await store.setProfile({ ...(await store.getProfile()), name: 'Sam', rateFloor: 60 });
    await expect(loadExample(await example(), store)).resolves.toEqual({ profile: false, proof: 3 });
    expect(await store.getProfile()).toMatchObject({ name: 'Sam', rateFloor: 60 });
    await expect(loadExample(await example(), store)).resolves.toEqual({ profile: false, proof: 0 });
  });

  it('counts a profile with only a tone or currency changed as blank', async () => {
    const store = createMemoryStore();
    expect(isBlankProfile({ ...(await store.getProfile()), tone: 'warm', currency: 'EUR' })).toBe(true);
  });
});
