import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { ApiDocument } from '../api-document.ts';
import { methodNotAllowed } from '../json-body.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Only these files of swagger-ui-dist are served: a fixed list, so no path ever reaches the disk unchecked. */
// A Map, not an object: a name such as "constructor" or "__proto__" must not find a prototype member.
const ASSETS = new Map<string, string>([
  ['swagger-ui.css', 'text/css; charset=utf-8'],
  ['swagger-ui-bundle.js', 'text/javascript; charset=utf-8'],
  ['favicon-16x16.png', 'image/png'],
  ['favicon-32x32.png', 'image/png'],
]);

function swaggerDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}

/**
 * GET /docs: an interactive API reference from swagger-ui-dist, served from node_modules so it works
 * offline. The page and its init script are files here; the OpenAPI document is also served at
 * /docs/openapi.json so the reference loads without the API token.
 */
export function createDocsRoutes(document: ApiDocument): Hono {
  // Read lazily and kept for the app's life: the files never change while it runs.
  const cache = new Map<string, Promise<Buffer>>();
  const load = (file: string) => {
    let content = cache.get(file);
    if (content === undefined) {
      content = readFile(file);
      content.catch(() => cache.delete(file));
      cache.set(file, content);
    }
    return content;
  };
  const cacheable = { 'Cache-Control': 'public, max-age=3600' };

  return new Hono()
    .get('/', async (c) => c.html((await load(path.join(HERE, 'index.html'))).toString('utf8')))
    .get('/init.js', async (c) => c.body((await load(path.join(HERE, 'init.js'))).toString('utf8'), 200, { 'Content-Type': 'text/javascript; charset=utf-8' }))
    .get('/openapi.json', (c) => c.json(document()))
    .get('/assets/:file', async (c) => {
      const name = c.req.param('file');
      const type = ASSETS.get(name);
      if (type === undefined) return c.notFound();
      const body = await load(path.join(swaggerDir(), name));
      return c.body(new Uint8Array(body), 200, { 'Content-Type': type, ...cacheable });
    })
    .all('/', methodNotAllowed('GET'));
}
