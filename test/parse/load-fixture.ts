import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Reads a pasted-page fixture from test/parse/fixtures. */
export function loadFixture(name: string): string {
  return readFileSync(join(here, 'fixtures', name), 'utf8');
}
