import { Hono } from 'hono';
import { HttpProblem } from '../problem.ts';

/** /api/pipeline is part of the contract but not built yet: a clear 501 instead of a bare 404. */
export function createPipelineRoutes(): Hono {
  const notBuilt = () => {
    throw new HttpProblem(
      501,
      'not-implemented',
      'Not implemented yet',
      'The pipeline (30-day reality test) API is not built yet; it is planned for a later release.',
    );
  };
  return new Hono().all('/', notBuilt).all('/*', notBuilt);
}
