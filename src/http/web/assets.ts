/**
 * The web form's static files (one stylesheet, a few small script modules, one icon), read once when the routes
 * are built and served from /assets/ with an ETag so browsers revalidate instead of re-downloading.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';

const JS = 'text/javascript; charset=utf-8';
const FILES = {
  'style.css': 'text/css; charset=utf-8',
  'app.js': JS,
  'copy.js': JS,
  'draft-length.js': JS,
  'draft-editor.js': JS,
  'proposal-view.js': JS,
  'sse.js': JS,
  'icon.svg': 'image/svg+xml',
} as const;

interface Asset {
  body: string;
  type: string;
  etag: string;
}

/** Loads the assets from `dir` (a file URL ending in '/'); throws at start-up if one is missing. */
export function loadAssets(dir: URL = new URL('./assets/', import.meta.url)): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const [name, type] of Object.entries(FILES)) {
    const body = readFileSync(new URL(name, dir), 'utf8');
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    assets.set(name, { body, type, etag });
  }
  return assets;
}

/** GET /assets/:name for the loaded files; anything else falls through to the app's 404. */
export function createAssetRoutes(assets: Map<string, Asset>): Hono {
  return new Hono().get('/assets/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (asset === undefined) return c.notFound();
    c.header('ETag', asset.etag);
    c.header('Cache-Control', 'no-cache');
    if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304);
    c.header('Content-Type', asset.type);
    return c.body(asset.body);
  });
}
