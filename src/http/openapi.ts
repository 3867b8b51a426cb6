/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the core validates with (zod's
 * JSON Schema 2020-12 is OpenAPI 3.1's schema dialect), assembled from one route table.
 */
import { z } from 'zod';
import { AuditRequest } from '../app/audit-tasks.ts';
import { CaseStudyRequest } from '../app/build-case-study.ts';
import { LintRequest } from '../app/lint.ts';
import { ProposeRequest } from '../app/propose.ts';
import { OfferRequest } from '../app/rewrite-offer.ts';
import { CaseStudy, LintReport, Offer, Profile, ProofItem, Proposal, TaskAudit, Triage } from '../domain/schemas.ts';
import { Health, ImportResult, ProblemDetails, ProfilePatch, TriageRequest } from './schemas.ts';

/** Named schemas and the direction they travel: requests are described as input, answers as output. */
const COMPONENTS = {
  TriageRequest: { schema: TriageRequest, io: 'input' },
  ProposeRequest: { schema: ProposeRequest, io: 'input' },
  OfferRequest: { schema: OfferRequest, io: 'input' },
  AuditRequest: { schema: AuditRequest, io: 'input' },
  LintRequest: { schema: LintRequest, io: 'input' },
  CaseStudyRequest: { schema: CaseStudyRequest, io: 'input' },
  ProofItemInput: { schema: ProofItem, io: 'input' },
  ProofImport: { schema: z.array(ProofItem), io: 'input' },
  ProfilePatch: { schema: ProfilePatch, io: 'input' },
  Triage: { schema: Triage, io: 'output' },
  Proposal: { schema: Proposal, io: 'output' },
  Offer: { schema: Offer, io: 'output' },
  TaskAudit: { schema: TaskAudit, io: 'output' },
  LintReport: { schema: LintReport, io: 'output' },
  CaseStudy: { schema: CaseStudy, io: 'output' },
  ProofItem: { schema: ProofItem, io: 'output' },
  ProofList: { schema: z.array(ProofItem), io: 'output' },
  ImportResult: { schema: ImportResult, io: 'output' },
  Profile: { schema: Profile, io: 'output' },
  Health: { schema: Health, io: 'output' },
  Problem: { schema: ProblemDetails, io: 'output' },
} satisfies Record<string, { schema: z.ZodType; io: 'input' | 'output' }>;

type ComponentName = keyof typeof COMPONENTS;

export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI path template, e.g. /api/proof/{id}. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  body?: ComponentName;
  ok: { status: number; description: string; schema?: ComponentName; location?: boolean };
  /** Also answers with Server-Sent Events when asked with Accept: text/event-stream. */
  stream?: boolean;
  /** Error statuses worth listing beyond the ones every /api route can give. */
  errors?: number[];
  /** False for routes outside /api, which never ask for the token. */
  auth?: boolean;
}

/** Every route the JSON API serves; the document is assembled from this table. */
export const ROUTES: RouteSpec[] = [
  { method: 'post', path: '/api/triage', operationId: 'triage', tag: 'drafting', summary: 'Triage a job post: facts, signals, best proof and a verdict', body: 'TriageRequest', ok: { status: 200, description: 'The triage', schema: 'Triage' } },
  { method: 'post', path: '/api/proposals', operationId: 'propose', tag: 'drafting', summary: 'Draft a diagnosis-first proposal (JSON, or SSE with Accept: text/event-stream)', body: 'ProposeRequest', ok: { status: 200, description: 'The scored proposal', schema: 'Proposal' }, stream: true },
  { method: 'post', path: '/api/offers', operationId: 'rewriteOffer', tag: 'drafting', summary: 'Rewrite a task offer as an outcome-led offer', body: 'OfferRequest', ok: { status: 200, description: 'The offer', schema: 'Offer' } },
  { method: 'post', path: '/api/audits', operationId: 'auditTasks', tag: 'drafting', summary: "Label each task's AI exposure", body: 'AuditRequest', ok: { status: 200, description: 'The audit', schema: 'TaskAudit' } },
  { method: 'post', path: '/api/lint', operationId: 'lint', tag: 'drafting', summary: 'Check any draft against the proposal rubric', body: 'LintRequest', ok: { status: 200, description: 'The findings', schema: 'LintReport' } },
  { method: 'post', path: '/api/case-studies', operationId: 'buildCaseStudy', tag: 'library', summary: 'Turn notes about finished work into a proof item draft', body: 'CaseStudyRequest', ok: { status: 200, description: 'The case study draft', schema: 'CaseStudy' } },
  { method: 'get', path: '/api/proof', operationId: 'listProof', tag: 'library', summary: 'List the proof library', ok: { status: 200, description: 'All proof items', schema: 'ProofList' } },
  { method: 'post', path: '/api/proof', operationId: 'addProof', tag: 'library', summary: 'Add one proof item', body: 'ProofItemInput', ok: { status: 201, description: 'Added', schema: 'ProofItem', location: true }, errors: [409] },
  { method: 'put', path: '/api/proof', operationId: 'importProof', tag: 'library', summary: 'Import an array of proof items, all or nothing (ids kept, existing ids replaced)', body: 'ProofImport', ok: { status: 200, description: 'How many were added and replaced', schema: 'ImportResult' } },
  { method: 'get', path: '/api/proof/{id}', operationId: 'getProof', tag: 'library', summary: 'Read one proof item', ok: { status: 200, description: 'The item', schema: 'ProofItem' }, errors: [404] },
  { method: 'put', path: '/api/proof/{id}', operationId: 'putProof', tag: 'library', summary: 'Create or replace one proof item (201 when created)', body: 'ProofItemInput', ok: { status: 200, description: 'Replaced', schema: 'ProofItem' } },
  { method: 'delete', path: '/api/proof/{id}', operationId: 'removeProof', tag: 'library', summary: 'Remove one proof item', ok: { status: 204, description: 'Removed' }, errors: [404] },
  { method: 'get', path: '/api/profile', operationId: 'getProfile', tag: 'library', summary: 'Read the profile', ok: { status: 200, description: 'The profile', schema: 'Profile' } },
  { method: 'put', path: '/api/profile', operationId: 'updateProfile', tag: 'library', summary: 'Update the fields given (unknown fields are rejected)', body: 'ProfilePatch', ok: { status: 200, description: 'The whole profile after the change', schema: 'Profile' } },
  { method: 'get', path: '/healthz', operationId: 'health', tag: 'server', summary: 'Liveness, engine and model', ok: { status: 200, description: 'Up', schema: 'Health' }, auth: false },
];

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });

const ERROR_TEXT: Record<number, string> = {
  400: 'The body is not valid JSON or fails validation (the issues are in `errors`)',
  401: 'The bearer token is missing or wrong',
  404: 'No such item',
  409: 'An item with that id exists',
  413: 'The body is over the size limit',
  415: 'The body is not sent as application/json',
  500: 'A server-side failure (e.g. the data file is broken)',
  502: 'The model failed or returned an unusable answer',
  503: 'The model provider is rate limiting (see Retry-After)',
  504: 'The model took too long',
};

function operation(route: RouteSpec) {
  const auth = route.auth !== false;
  const statuses = [...(route.body ? [400, 413, 415] : []), ...(auth ? [401] : []), ...(route.errors ?? []), 500, ...(route.body ? [502, 503, 504] : [])];
  const ok: Record<string, unknown> = { description: route.ok.description };
  const content: Record<string, unknown> = {};
  if (route.ok.schema) content['application/json'] = { schema: ref(route.ok.schema) };
  if (route.stream) {
    content['text/event-stream'] = {
      schema: { type: 'string', description: 'Events: `partial` (the draft so far, JSON), then `final` (a Proposal, JSON); `error` (a Problem, JSON) if drafting fails mid-stream.' },
    };
  }
  if (Object.keys(content).length > 0) ok.content = content;
  if (route.ok.location) ok.headers = { Location: { schema: { type: 'string' }, description: 'The new item\'s URL' } };
  const responses: Record<string, unknown> = { [route.ok.status]: ok };
  for (const status of [...new Set(statuses)].sort((a, b) => a - b)) responses[status] = problem(ERROR_TEXT[status] ?? 'An error');
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...(route.path.includes('{id}') ? { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] } : {}),
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(route.body) } } } } : {}),
    responses,
    ...(auth ? {} : { security: [] }),
  };
}

function schemaOf({ schema, io }: { schema: z.ZodType; io: 'input' | 'output' }): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

/** Builds the whole document; call once per app and serve the result. */
export function buildOpenApiDocument(routes: RouteSpec[] = ROUTES): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method] = operation(route);
  const schemas = Object.fromEntries(Object.entries(COMPONENTS).map(([name, component]) => [name, schemaOf(component)]));
  return {
    openapi: '3.1.0',
    info: {
      title: 'bidwright',
      version: '0.1.0',
      description:
        'Triage job posts, draft grounded proposals, rewrite offers, audit tasks and lint drafts. Errors are application/problem+json (RFC 9457). When the server has BIDWRIGHT_TOKEN set, every /api route needs it as a Bearer token.',
    },
    tags: [
      { name: 'drafting', description: 'Triage, proposals, offers, audits and lint' },
      { name: 'library', description: 'Profile and proof library' },
      { name: 'server', description: 'Health' },
    ],
    security: [{ bearer: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The value of BIDWRIGHT_TOKEN' } },
    },
  };
}
