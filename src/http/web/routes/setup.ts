/** POST /setup/example loads the example freelancer into an empty profile and library, then shows the library. */
import { readFile } from 'node:fs/promises';
import { Hono } from 'hono';
import { loadExample, type Example } from '../../../app/load-example.ts';
import type { HttpDeps } from '../../deps.ts';

/** The repository's examples/ folder, from src/ or dist/ alike. */
const EXAMPLES = new URL('../../../../examples/', import.meta.url);

async function readExample(dir: URL): Promise<Example> {
  const read = async (name: string) => JSON.parse(await readFile(new URL(name, dir), 'utf8')) as unknown;
  return { profile: await read('profile.json'), proof: await read('proof.json') };
}

/** The first-run route; `examples` is where profile.json and proof.json are (tests pass their own). */
export function createSetupRoutes(deps: HttpDeps, examples: URL = EXAMPLES): Hono {
  return new Hono().post('/setup/example', async (c) => {
    const loaded = await loadExample(await readExample(examples), deps.store);
    return c.redirect(`/proof?example=${loaded.profile ? 'profile-' : ''}${loaded.proof}`, 303);
  });
}
