import { Hono } from 'hono';
import { BidwrightError } from '../../domain/errors.ts';
import { addProof, getProof, importProof, removeProof } from '../../app/manage-proof.ts';
import { ProofItem } from '../../domain/schemas.ts';
import { parseOrThrow } from '../../domain/validate.ts';
import type { HttpDeps } from '../deps.ts';
import { methodNotAllowed, readJson } from '../json-body.ts';

const location = (id: string) => `/api/proof/${encodeURIComponent(id)}`;

/**
 * The proof library: list, add one (201 + Location), import an array all or nothing, and read,
 * replace or remove one item by id.
 */
export function createProofRoutes(deps: HttpDeps): Hono {
  const { store } = deps;
  return new Hono()
    .get('/', async (c) => c.json(await store.listProof()))
    .post('/', async (c) => {
      const item = await addProof(await readJson(c), store);
      return c.json(item, 201, { Location: location(item.id) });
    })
    .put('/', async (c) => c.json(await importProof(await readJson(c), store)))
    .all('/', methodNotAllowed('GET', 'POST', 'PUT'))
    .get('/:id', async (c) => c.json(await getProof(c.req.param('id'), store)))
    .put('/:id', async (c) => {
      const id = c.req.param('id');
      const body = await readJson(c);
      // The path names the item: a body id may repeat it, never contradict it.
      const given = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
      if (given !== null && given.id !== undefined && given.id !== id) {
        const message = `the body's id "${String(given.id)}" differs from the path's id "${id}"; remove it or make them equal`;
        throw new BidwrightError('INVALID_INPUT', `The proof item is invalid: id: ${message}`, {
          details: [{ code: 'custom', path: ['id'], message }],
        });
      }
      const item = parseOrThrow(ProofItem, given === null ? body : { ...given, id }, 'The proof item');
      const result = await importProof([item], store);
      return c.json(item, result.added > 0 ? 201 : 200, result.added > 0 ? { Location: location(item.id) } : {});
    })
    .delete('/:id', async (c) => {
      await removeProof(c.req.param('id'), store);
      return c.body(null, 204);
    })
    .all('/:id', methodNotAllowed('GET', 'PUT', 'DELETE'));
}
