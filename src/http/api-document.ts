/**
 * The OpenAPI 3.1 document, generated from the routes the app declares (their zod schemas are
 * JSON Schema 2020-12, OpenAPI 3.1's dialect): nothing here lists a route.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { BlankEnv } from 'hono/types';
import type { OpenApiDocument } from './schemas.ts';

/** Returns the document; built on first use, once every route is declared, then kept. */
export type ApiDocument = () => OpenApiDocument;

const INFO = {
  title: 'bidwright',
  version: '0.1.0',
  description:
    'Triage job posts, draft grounded proposals, rewrite offers, audit tasks and lint drafts. Errors are application/problem+json (RFC 9457). ' +
    'When the server has BIDWRIGHT_TOKEN set, every /api route needs it as a Bearer token. Every route answers 421 to a Host name ' +
    'not allowed (BIDWRIGHT_ALLOWED_HOSTS), and the routes that run the engine answer 429 with Retry-After past their rate limit.',
};

const TAGS = [
  { name: 'drafting', description: 'Triage, proposals, offers, audits and lint' },
  { name: 'library', description: 'Profile and proof library' },
  { name: 'pipeline', description: 'The 30-day reality test (planned)' },
  { name: 'server', description: 'Health and this document' },
  { name: 'not allowed', description: 'Methods a path does not take: each answers 405 with an Allow header' },
];

/** The document of everything `app` has declared so far and will declare before the first call. */
export function createApiDocument(app: OpenAPIHono<BlankEnv>): ApiDocument {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'The value of BIDWRIGHT_TOKEN',
  });
  let document: OpenApiDocument | null = null;
  return () => (document ??= app.getOpenAPI31Document({ openapi: '3.1.0', info: INFO, tags: TAGS, security: [{ bearer: [] }] }) as OpenApiDocument);
}
